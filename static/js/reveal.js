// A link to a finding inside a folded concern opens the concern first. Without
// scripts the concerns still open by hand; nothing here is needed to read them.
function reveal() {
  const id = decodeURIComponent(location.hash.slice(1));
  const target = id && document.getElementById(id);
  if (!target) {
    return;
  }
  for (let fold = target.closest("details"); fold; fold = fold.parentElement.closest("details")) {
    fold.open = true;
  }
  target.scrollIntoView();
}
window.addEventListener("hashchange", reveal);
reveal();
