// The state or Land drop-down lists only the regions of the country chosen, and
// is hidden where that country has none. Without scripts every region is listed
// and the form refuses one of another country, so nothing depends on this.
document.querySelectorAll("select[data-regions-of]").forEach((region) => {
  const country = document.getElementById(region.dataset.regionsOf);
  const wrapper = document.getElementById("div_" + region.id);
  if (!country || !wrapper) {
    return;
  }
  const show = () => {
    const prefix = country.value + "-";
    let any = false;
    region.querySelectorAll("optgroup").forEach((group) => {
      const mine = Array.from(group.children).some((option) =>
        option.value.startsWith(prefix),
      );
      // Hidden, not disabled: a region chosen before the country changed is still
      // sent, and the form says it does not belong to that country.
      group.hidden = !mine;
      any = any || mine;
    });
    // A region already chosen stays in view, so an error about it can be fixed.
    wrapper.hidden = !any && !region.value;
  };
  country.addEventListener("change", show);
  show();
});
