import { fireEvent, render, screen } from '@testing-library/svelte';
import { beforeAll, describe, expect, it } from 'vitest';
import { embedCatalogue } from './catalogue';
import EmbedButton from './EmbedButton.svelte';

const [stepper] = embedCatalogue([
	{ id: 'first', title: 'First', diagrams: [{ kind: 'map' }] },
	{ id: 'second', title: 'Second', diagrams: [{ kind: 'map' }] }
]);

beforeAll(() => {
	HTMLDialogElement.prototype.showModal = function () {
		this.setAttribute('open', '');
	};
	HTMLDialogElement.prototype.close = function () {
		this.removeAttribute('open');
		this.dispatchEvent(new Event('close'));
	};
});

describe('EmbedButton', () => {
	it('names what it embeds, opens the dialog, and gives focus back when the dialog closes', async () => {
		render(EmbedButton, { view: stepper, phaseId: 'second', label: 'Embed the stepper' });
		const button = await screen.findByRole('button', { name: 'Embed the stepper: The stepper, phase by phase' });
		expect(button).toHaveAttribute('aria-haspopup', 'dialog');
		await fireEvent.click(button);
		const dialog = await screen.findByRole('dialog', { name: 'Embed the stepper' });
		expect((screen.getByLabelText('Embed code') as HTMLTextAreaElement).value).toContain('/embed/stepper/second"');
		await fireEvent.click(screen.getByRole('button', { name: /Close/ }));
		expect(dialog).not.toBeInTheDocument();
		expect(document.activeElement).toBe(button);
	});
});
