// An English quotation inside an Arabic or Hebrew sentence ("25 percent" (…)) is a left-to-right island: without
// isolation the bidi algorithm lets its digits and punctuation run into the right-to-left text around it, and
// "25 percent" reads as "percent 25". The editions' text gets Unicode's left-to-right isolate around each one, as it is
// built: the data stay as the translators wrote them, and the build's checks read them unchanged.

const LEFT_TO_RIGHT_ISOLATE = '\u2066';
const POP_DIRECTIONAL_ISOLATE = '\u2069';

/** "…" holding Latin letters and no Arabic or Hebrew ones: a quotation of the English. */
const englishQuotation =
	/"[^"\p{Script=Arabic}\p{Script=Hebrew}]*\p{Script=Latin}[^"\p{Script=Arabic}\p{Script=Hebrew}]*"/gu;

export const isolateQuotations = (text: string): string =>
	text.replace(englishQuotation, (quotation) => LEFT_TO_RIGHT_ISOLATE + quotation + POP_DIRECTIONAL_ISOLATE);
