// Downloads of what is shown: the API's exports of the current filter, and the chart or network as an SVG or PNG
// image made in the page (its styles written into the image, so that it looks the same on its own).
import { toParams } from './api.js';
import { $ } from './dom.js';

const TIMELINE_FORMATS = ['csv', 'ics', 'atom', 'timelinejs'];
// what an image keeps of the page's styles
const STYLED = ['fill', 'fill-opacity', 'stroke', 'stroke-width', 'stroke-opacity', 'opacity', 'font-size', 'font-family',
  'font-weight', 'paint-order', 'visibility', 'text-anchor'];

/** Points the timeline's download links at the exports of a filter. */
export function linkTimelineDownloads(filter) {
  const params = toParams(filter).toString();
  TIMELINE_FORMATS.forEach((format) => {
    $('download-' + format).href = '/api/v1/timeline?' + (params ? params + '&' : '') + 'format=' + format;
  });
}

export function initImageDownloads() {
  document.querySelectorAll('[data-image]').forEach((button) => button.addEventListener('click', () => {
    const [id, type] = button.dataset.image.split(':');
    const source = $(id);
    const name = id === 'chart' ? 'contacts-over-time' : 'network';
    if (type === 'svg') {
      save(new Blob([svgText(source)], { type: 'image/svg+xml' }), name + '.svg');
    }
    else {
      png(source, name + '.png');
    }
  }));
}

function svgText(source) {
  const copy = source.cloneNode(true);
  const originals = source.querySelectorAll('*');
  copy.querySelectorAll('*').forEach((node, i) => {
    const style = getComputedStyle(originals[i]);
    node.removeAttribute('class');
    node.removeAttribute('tabindex');
    node.setAttribute('style', STYLED.map((name) => name + ':' + style.getPropertyValue(name)).join(';'));
  });
  const box = source.viewBox.baseVal;
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  copy.setAttribute('width', box.width);
  copy.setAttribute('height', box.height);
  copy.removeAttribute('class');
  const paper = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
  paper.setAttribute('width', '100%');
  paper.setAttribute('height', '100%');
  paper.setAttribute('fill', '#ffffff');
  copy.insertBefore(paper, copy.firstChild);
  return new XMLSerializer().serializeToString(copy);
}

/** Draws the SVG on a canvas at twice its size; a data: URL, which the page's policy allows for images. */
function png(source, name) {
  const box = source.viewBox.baseVal;
  const image = new Image();
  image.onload = () => {
    const canvas = document.createElement('canvas');
    canvas.width = box.width * 2;
    canvas.height = box.height * 2;
    const context = canvas.getContext('2d');
    context.scale(2, 2);
    context.drawImage(image, 0, 0, box.width, box.height);
    canvas.toBlob((blob) => save(blob, name), 'image/png');
  };
  image.src = 'data:image/svg+xml;charset=utf-8,' + encodeURIComponent(svgText(source));
}

function save(blob, name) {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 10000);
}
