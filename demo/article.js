// The article page: <news-article> and <related-articles> from the built package, with a
// control that switches the UI between Vietnamese and English (the article stays English).
import '/dist/define.js';
import '/dist/news-article/news-article.js';
import '/dist/related-articles/related-articles.js';

const PAGE = {
  vi: {language: 'Ngôn ngữ giao diện', back: 'Về trang demo'},
  en: {language: 'Interface language', back: 'Back to the demo'},
};

const select = document.getElementById('ui-lang');

function apply(lang) {
  const ui = PAGE[lang] ? lang : 'vi';
  // The elements follow <html lang>: no reload, no refetch.
  document.documentElement.lang = ui;
  for (const el of document.querySelectorAll('[data-i18n]'))
    el.textContent = PAGE[ui][el.dataset.i18n];
  select.value = ui;
  const url = new URL(location.href);
  url.searchParams.set('lang', ui);
  history.replaceState(null, '', url);
}

select.addEventListener('change', () => apply(select.value));
apply(new URL(location.href).searchParams.get('lang') ?? 'vi');
