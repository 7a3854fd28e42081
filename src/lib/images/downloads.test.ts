// The download links' addresses and the names their files are saved under.
import { describe, expect, it } from 'vitest';
import { imageDownloads, imageFileName } from './downloads';

describe('image downloads', () => {
	it('names the file after what it shows, with 2x before the extension', () => {
		expect(imageFileName('map', 'yellow-line', 'plan', 'light', 'png')).toBe(
			'gaza-plan-map-yellow-line-plan-light.png'
		);
		expect(imageFileName('exchange', 'exchange', 'since', 'dark', 'png@2x')).toBe(
			'gaza-plan-exchange-exchange-since-dark@2x.png'
		);
		expect(imageFileName('figures', 'exchange', 'plan', 'dark', 'svg')).toBe(
			'gaza-plan-figures-exchange-plan-dark.svg'
		);
	});

	it('links each format asked for to its file', () => {
		expect(imageDownloads('map', 'yellow-line', 'since', 'dark', ['svg', 'png@2x'])).toEqual([
			{
				format: 'svg',
				label: 'SVG',
				href: '/images/map/yellow-line/since-dark.svg',
				fileName: 'gaza-plan-map-yellow-line-since-dark.svg'
			},
			{
				format: 'png@2x',
				label: 'PNG 2x',
				href: '/images/map/yellow-line/since-dark@2x.png',
				fileName: 'gaza-plan-map-yellow-line-since-dark@2x.png'
			}
		]);
	});

	it('links the edition’s own files, drawn in its words', () => {
		expect(imageDownloads('map', 'yellow-line', 'plan', 'light', ['png'], 'ar')[0]).toMatchObject({
			href: '/ar/images/map/yellow-line/plan-light.png',
			fileName: 'gaza-plan-map-yellow-line-plan-light.png'
		});
	});
});
