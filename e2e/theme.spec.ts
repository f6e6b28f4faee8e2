// The colour-scheme control in the header: System, Light or Dark; System follows the system setting as it
// changes; a choice is remembered, applied before first paint, and can be undone.
import { expect, test, type Page } from '@playwright/test';

const page1 = '/the-announcement/';

async function background(page: Page): Promise<string> {
  return page.evaluate(() => getComputedStyle(document.body).backgroundColor);
}

/** Whether a colour is dark: its average channel below the middle. */
function isDark(rgb: string): boolean {
  const [r = 0, g = 0, b = 0] = (rgb.match(/\d+/g) ?? []).map(Number);
  return (r + g + b) / 3 < 128;
}

function choice(page: Page, name: 'System' | 'Light' | 'Dark') {
  return page.getByRole('group', { name: 'Colour scheme' }).getByRole('button', { name, exact: true });
}

test('with no choice made, the page and the control follow the system setting as it changes', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(page1);
  await expect(choice(page, 'System')).toHaveAttribute('aria-pressed', 'true');
  await expect(choice(page, 'Light')).toHaveAttribute('data-current', '');
  expect(isDark(await background(page))).toBe(false);

  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(choice(page, 'Dark')).toHaveAttribute('data-current', '');
  await expect(choice(page, 'Light')).not.toHaveAttribute('data-current');
  await expect(choice(page, 'System')).toHaveAttribute('aria-pressed', 'true');
  expect(isDark(await background(page))).toBe(true);
});

test('a choice holds against the system setting, is remembered, and System undoes it', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(page1);
  await choice(page, 'Dark').click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(choice(page, 'Dark')).toHaveAttribute('aria-pressed', 'true');
  await expect(choice(page, 'System')).toHaveAttribute('aria-pressed', 'false');
  expect(isDark(await background(page))).toBe(true);

  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(choice(page, 'Dark')).toHaveAttribute('aria-pressed', 'true');
  await page.emulateMedia({ colorScheme: 'light' });
  expect(isDark(await background(page))).toBe(true);

  await choice(page, 'System').click();
  await expect(page.locator('html')).not.toHaveAttribute('data-theme');
  expect(await page.evaluate(() => localStorage.getItem('crossings-theme'))).toBeNull();
  expect(isDark(await background(page))).toBe(false);
  await page.emulateMedia({ colorScheme: 'dark' });
  expect(isDark(await background(page))).toBe(true);
  await page.reload();
  await expect(choice(page, 'System')).toHaveAttribute('aria-pressed', 'true');
});

test('the control works from the keyboard and each choice is a 44 px target', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.setViewportSize({ width: 320, height: 800 });
  await page.goto(page1);
  for (const name of ['System', 'Light', 'Dark'] as const) {
    const box = await choice(page, name).boundingBox();
    expect(box?.width, name).toBeGreaterThanOrEqual(44);
    expect(box?.height, name).toBeGreaterThanOrEqual(44);
  }
  // Skip link, site name, then the control.
  for (let i = 0; i < 6; i++) {
    await page.keyboard.press('Tab');
    if (await choice(page, 'Light').evaluate((el) => el === document.activeElement)) break;
  }
  await expect(choice(page, 'Light')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(choice(page, 'Dark')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Shift+Tab');
  await expect(choice(page, 'System')).toBeFocused();
  await page.keyboard.press('Space');
  await expect(page.locator('html')).not.toHaveAttribute('data-theme');
});

test('a remembered choice is applied before the first paint: no flash of the other scheme', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(page1);
  await choice(page, 'Dark').click();
  // Record the theme the moment <body> is created, before anything below <head> can be painted.
  await page.addInitScript(() => {
    const seen: (string | undefined)[] = [];
    (window as unknown as { themeAtBody: typeof seen }).themeAtBody = seen;
    new MutationObserver((_, observer) => {
      if (!document.body) return;
      seen.push(document.documentElement.dataset['theme']);
      observer.disconnect();
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto('/sources/');
  expect(await page.evaluate(() => (window as unknown as { themeAtBody: unknown[] }).themeAtBody)).toEqual(['dark']);
});
