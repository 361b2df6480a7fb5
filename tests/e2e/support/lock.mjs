// Steps shared by the kiosk and reader-lock tests.

/** The staff navigation, which a running lock hides. */
export const mainNav = (page) => page.getByRole('navigation', { name: 'Main' });

/** Enters `pin` into the lock's exit form (opening it first if it is not
 * open) and presses Unlock. */
export async function exitWith(page, pin) {
  if (!(await page.getByLabel('PIN', { exact: true }).isVisible())) {
    await page.getByRole('button', { name: /^Exit/ }).click();
  }
  await page.getByLabel('PIN', { exact: true }).fill(pin);
  await page.getByRole('button', { name: 'Unlock' }).click();
}

/** Starts the reader lock from the induction guide with `pin`. */
export async function lockTheGuide(page, pin) {
  await page.getByRole('button', { name: 'Hand to reader' }).click();
  await page.getByLabel('PIN', { exact: true }).fill(pin);
  await page.getByLabel('Enter the PIN again').fill(pin);
  await page.getByRole('button', { name: 'Lock the guide' }).click();
}
