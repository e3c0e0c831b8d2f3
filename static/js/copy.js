// Copy buttons for the secret links. They are hidden in the markup and shown only
// here, so a browser without scripts never sees a button that does nothing; the
// link stays selectable by hand either way.
document.querySelectorAll("button[data-copy]").forEach((button) => {
  const field = document.getElementById(button.dataset.copy);
  const status = document.getElementById(button.dataset.copy + "-status");
  if (!field || !status) {
    return;
  }
  button.hidden = false;
  button.addEventListener("click", async () => {
    field.select();
    try {
      await navigator.clipboard.writeText(field.value);
      status.textContent = button.dataset.copied;
    } catch {
      // No clipboard here (a page not served over HTTPS, or permission refused).
      status.textContent = button.dataset.selected;
    }
  });
});
