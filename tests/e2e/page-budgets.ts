// The page-weight budgets: how much JavaScript (gzip, script files + inline data) each kind of built page may load.

export interface PageBudget {
	/** The kind of page, as the failure message names it. */
	name: string;
	/** Which files of build/ are pages of this kind ("phase/yellow-line.html"). */
	pages: RegExp;
	/** At most this many KB gzip (1 KB = 1024 bytes, as the bench counts). */
	kb: number;
	/**
	 * Which diagram chunks the page's load imports on top of its scripts: the kinds its phase draws
	 * ((stepper)/+layout.ts), all of them (the deck's phases draw all five: src/routes/present/+layout.ts), or none.
	 */
	diagrams: 'of its phase' | 'all' | 'none';
}

/** Every built page must match exactly one of these, so that a new route cannot go unweighed. */
export const pageBudgets: PageBudget[] = [
	// DESIGN.md: no more than a TimelineJS page of the same content loads. That page grew with the content: 68.1 KB
	// (63.4 + 4.7 of data) in November, 71.1 KB (63.4 + 7.7) since the events after the talks (6 December 2026). The
	// page-weight test holds this number to it. The home page loads 69.7 KB with the switch to what happened on every
	// diagram (its since views, their data and code, are fetched only when asked for).
	// Over that budget since the Arabic and Hebrew editions (6 December 2026). Each edition is now built on its own, so a
	// page carries its own language's messages only (scripts/build-editions.mjs; 82.0 KB for the English home when each
	// message carried all three): English home 78.7 KB, Hebrew 81.8 KB, Arabic 83.2 KB, with every diagram's and
	// status's words in the edition's language; the phases 66.0-83.2 KB. What is left over TimelineJS's weight is
	// Paraglide's runtime and message functions (70.9 KB for the English home before them), and the editions' inline
	// data, heavier in Arabic and Hebrew letters (two bytes each in UTF-8). A known regression, not a new budget:
	// page-weight.e2e.ts's TimelineJS test says so.
	{ name: 'stepper page', pages: /^(index|phase\/[^/]+)\.html$/, kb: 84, diagrams: 'of its phase' },
	// The embeds do not hydrate and load one small script (about 2 KB); DESIGN.md would allow half of the stepper's
	// budget, but anything near that would mean an embed had started to hydrate.
	{ name: 'embed', pages: /^embed\/.+\.html$/, kb: 5, diagrams: 'none' },
	// The rest of the site meets the stepper's budgets (DESIGN.md: every new view does). The embed gallery (embed.html)
	// is one of them, not an embed: it is the editors' page, with the site's chrome, hydrated for its Embed buttons.
	// Over 68 KB since the editions, for the same reason as the stepper: /points 71.9 KB (Arabic 75.6), /sources 70.2 KB
	// (Arabic 79.5, its quotes carrying our translations), each edition built on its own.
	{ name: 'site page', pages: /^(points|sources|glossary|embed)\.html$/, kb: 80, diagrams: 'none' },
	// The timeline and the tracker do not hydrate. Hydrating would send the timeline's events' text again as data
	// (70.5 KB in all when it did, over the stepper's 68), and blocked the tracker's reader for over 200 ms on a slow
	// phone. The timeline loads one small script for its filters and keys (about 1.6 KB), the tracker none; anything
	// near 5 KB would mean one had started to hydrate.
	{ name: 'page drawn whole', pages: /^(timeline|tracker)\.html$/, kb: 5, diagrams: 'none' },
	// A regression guard, not a design budget: DESIGN.md names none for the deck, which hydrates every slide, draws all
	// five diagrams and carries every phase's notes. Set a little above what it loads today, so that growth is a
	// decision, not a drift: 77.7 KB for /present on 5 December 2026 (the notes window 76.5 KB, the handout 72.8 KB);
	// 83.5 KB since each phase gained its "since the talks" slide with notes (notes 82.4 KB, handout 78.0 KB).
	// The frame's switch between views (above) added 0.5 KB to the deck too, which shows the plan only: 86.5 KB.
	// 89.1 KB since the overview of all slides, the jump to a typed slide number, the notes beside the slides and the
	// pages' link-preview heads (6 December 2026; the notes window 86.1 KB, the handout 86.1 KB).
	// 90.9 KB since every phase carries its teacher's plan (data/lesson-plan.json), shown in the notes window and beside
	// the slides (6 December 2026; the notes window 88.1 KB, the handout 87.5 KB, the notes for print 85.7 KB).
	// 99.4 KB since each phase's main diagram has a slide of its own, laid out for the stage: six drawings in the stage
	// format with their quote notes are 7.4 KB of the deck's data (6 December 2026; the notes window 96.3 KB, the
	// handout 96.7 KB, the notes for print 94.3 KB).
	// 115.9 KB since the editions, with the deck's messages in three languages (6 December 2026); 109.5 KB since each
	// edition is built on its own and the diagrams' words are the edition's, the Arabic deck 119.7 KB (its notes and
	// quotes' translations in its data), the Hebrew 116.5 KB.
	{ name: 'deck page', pages: /^present(\/(notes|handout|notes\/print))?\.html$/, kb: 121, diagrams: 'all' }
];

/** A page of an edition as its English page: "ar/phase/exchange.html" is "phase/exchange.html", "ar.html" is home. */
const inEnglish = (page: string) => page.replace(/^(ar|he)\.html$/, 'index.html').replace(/^(ar|he)\//, '');

/** The budget a page falls under, in every edition the same; throws for a page under none, or more than one. */
export function budgetOf(page: string): PageBudget {
	const english = inEnglish(page);
	const matches = pageBudgets.filter((b) => b.pages.test(english));
	if (matches.length !== 1)
		throw new Error(
			matches.length
				? `${page} falls under several page-weight budgets (${matches.map((b) => b.name).join(', ')}): ` +
						`make them exclusive in tests/e2e/page-budgets.ts`
				: `${page} has no page-weight budget: add its kind of page to tests/e2e/page-budgets.ts`
		);
	return matches[0];
}
