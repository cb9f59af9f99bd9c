// A type-to-search picker (the WAI-ARIA combobox with a list box): arrows move through the options, Enter or a
// click chooses one, Escape closes the list. What to offer is asked of `search` on every keystroke.

/**
 * input: the combobox's text field; list: its listbox; search(text) resolves to options {value, label, detail};
 * choose(option) is told of the chosen one.
 */
export function picker(input, list, search, choose) {
  let options = [];
  let active = -1;
  let asked = 0;
  const prefix = list.id + '-option-';

  function close() {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  }

  function mark(index) {
    active = index;
    Array.from(list.children).forEach((li, i) => li.setAttribute('aria-selected', String(i === index)));
    if (index >= 0) {
      input.setAttribute('aria-activedescendant', prefix + index);
      list.children[index].scrollIntoView({ block: 'nearest' });
    }
    else {
      input.removeAttribute('aria-activedescendant');
    }
  }

  function pick(index) {
    const option = options[index];
    if (option) {
      input.value = '';
      close();
      choose(option);
    }
  }

  async function update() {
    const mine = ++asked;
    const found = await search(input.value.trim());
    if (mine !== asked) {
      return;
    }
    options = found;
    list.replaceChildren(...found.map((option, i) => {
      const li = document.createElement('li');
      li.id = prefix + i;
      li.setAttribute('role', 'option');
      li.setAttribute('aria-selected', 'false');
      li.dataset.value = option.value;
      li.textContent = option.label;
      if (option.detail) {
        const detail = document.createElement('span');
        detail.className = 'option-detail';
        detail.textContent = ' ' + option.detail;
        li.append(detail);
      }
      // mousedown, not click: the input keeps the focus
      li.addEventListener('mousedown', (event) => {
        event.preventDefault();
        pick(i);
      });
      return li;
    }));
    const open = found.length > 0 && document.activeElement === input;
    list.hidden = !open;
    input.setAttribute('aria-expanded', String(open));
    mark(open && input.value.trim() ? 0 : -1);
  }

  // the field's box holds its chips too: a click beside them is a click in the field
  input.parentElement.addEventListener('click', (event) => {
    if (event.target === input.parentElement) {
      input.focus();
    }
  });
  input.addEventListener('input', update);
  input.addEventListener('focus', () => {
    if (input.value.trim()) {
      update();
    }
  });
  input.addEventListener('blur', close);
  input.addEventListener('keydown', (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (list.hidden) {
        update();
        return;
      }
      const step = event.key === 'ArrowDown' ? 1 : -1;
      mark((active + step + options.length) % options.length);
    }
    else if (event.key === 'Enter' && !list.hidden && active >= 0) {
      event.preventDefault(); // chooses; the form is submitted by Enter on an empty field or by Apply
      pick(active);
    }
    else if (event.key === 'Escape' && !list.hidden) {
      event.preventDefault();
      close();
    }
  });
  close();
}
