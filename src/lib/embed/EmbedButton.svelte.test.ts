// Tests the Embed button on the fixture's phases: its name, the dialog it opens, and where focus goes back.
import { fireEvent, render, screen } from '@testing-library/svelte';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadFixtureContent } from '$lib/content/test-content';
import { phasesInOrder } from '$lib/server/stepper-page';
import { embedCatalogue } from './catalogue';
import EmbedButton from './EmbedButton.svelte';

const [stepper] = embedCatalogue(phasesInOrder(loadFixtureContent()));

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
		render(EmbedButton, { view: stepper, phaseId: 'phase-two', label: 'Embed the stepper' });
		const button = await screen.findByRole('button', { name: 'Embed the stepper: The stepper, phase by phase' });
		expect(button).toHaveAttribute('aria-haspopup', 'dialog');
		await fireEvent.click(button);
		// The dialog's code loads on first use: more than the default second when other test files compile at once.
		const dialog = await screen.findByRole('dialog', { name: 'Embed the stepper' }, { timeout: 15_000 });
		expect((screen.getByLabelText('Embed code') as HTMLTextAreaElement).value).toContain('/embed/stepper/phase-two"');
		await fireEvent.click(screen.getByRole('button', { name: /Close/ }));
		expect(dialog).not.toBeInTheDocument();
		expect(document.activeElement).toBe(button);
	}, 20_000);
});
