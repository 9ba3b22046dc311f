// "Select all" on a list page with a bulk form: a checkbox with data-select-all="NAME"
// ticks or unticks every checkbox called NAME in its form.
document.addEventListener("change", (event) => {
  const box = event.target;
  if (!box.matches("input[data-select-all]") || !box.form) return;
  for (const element of box.form.elements) {
    if (element.type === "checkbox" && element.name === box.dataset.selectAll) element.checked = box.checked;
  }
});
