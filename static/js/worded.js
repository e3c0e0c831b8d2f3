// The workplace's questions in the words of the country chosen (the United States
// is asked about a union, not a works council). Without scripts they read as they
// do everywhere until the workplace is saved, and then in the country's words.
document.querySelectorAll("select[data-worded]").forEach((country) => {
  const wordings = JSON.parse(country.dataset.worded);
  const show = () => {
    const words = wordings[country.value] || wordings[""];
    Object.entries(words).forEach(([field, said]) => {
      const wrapper = document.getElementById("div_id_" + field);
      if (!wrapper) {
        return;
      }
      const title =
        wrapper.querySelector("legend") ||
        wrapper.querySelector('label[for="id_' + field + '"]');
      // The question is the title's first text; a required mark follows it.
      if (title && title.firstChild && title.firstChild.nodeType === Node.TEXT_NODE) {
        title.firstChild.textContent = said.label;
      }
      const help = document.getElementById("id_" + field + "_helptext");
      if (help && said.help) {
        help.textContent = said.help;
      }
      wrapper.querySelectorAll("input[type=radio]").forEach((input) => {
        const label = wrapper.querySelector('label[for="' + input.id + '"]');
        if (label && said.choices[input.value]) {
          label.textContent = said.choices[input.value];
        }
      });
    });
  };
  country.addEventListener("change", show);
  show();
});
