
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'article-list.carousel.next': `Nächste Artikel`,
'article-list.carousel.previous': `Vorherige Artikel`,
'article-list.end': `Ende der Liste`,
'article-list.label': `Artikel`,
'article-list.load-more': `Mehr laden`,
'article-list.loading': `Wird geladen…`,
'article-list.new-many': str`${0} neue Artikel`,
'article-list.new-one': `1 neuer Artikel`,
'article-list.page': str`Artikel ${0} bis ${1}`,
'article-list.skip': `Liste überspringen`,
'card.byline': str`Von ${0}`,
'card.source': str`Quelle: ${0}`,
'news-article.comments': `Kommentare`,
'news-article.comments.one': str`${0} Kommentar`,
'news-article.comments.other': str`${0} Kommentare`,
'news-article.comments.zero': `Noch keine Kommentare`,
'news-article.embed': str`Eingebetteter Inhalt auf ${0}`,
'news-article.home': `Startseite`,
'news-article.not-found': `Dieser Artikel ist nicht im Nachrichten-Feed. Er wurde möglicherweise verschoben oder entfernt.`,
'news-article.original': `Originalartikel lesen`,
'news-article.table': `Tabelle`,
'news-breadcrumbs.label': `Brotkrumennavigation`,
'photo-caption.caption-prefix': `Bildunterschrift,`,
'photo-caption.close': `Schließen`,
'photo-caption.credit-prefix': `Foto:`,
'photo-caption.dialog': `Vergrößertes Bild`,
'photo-caption.enlarge': `Bild vergrößern`,
'related-articles.empty': `Keine verwandten Artikel.`,
'related-articles.heading': `Weitere Artikel`,
'states.empty': `Noch keine Artikel.`,
'states.error.http': str`Der Server des Feeds meldet einen Fehler (${0}).`,
'states.error.network': `Der Nachrichten-Feed ist nicht erreichbar. Liegt er auf einer anderen Website, muss deren Server den Header Access-Control-Allow-Origin senden, oder die Seite nutzt einen Proxy.`,
'states.error.parse': `Der Nachrichten-Feed konnte nicht gelesen werden.`,
'states.error.timeout': `Der Nachrichten-Feed antwortet zu langsam.`,
'states.error.too-large': `Der Nachrichten-Feed ist zu groß für die Anzeige.`,
'states.error.unsupported': `Diese Adresse führt zu keinem lesbaren Nachrichten-Feed.`,
'states.retry': `Erneut versuchen`,
'states.stale': `Aktualisierung fehlgeschlagen. Ältere Meldungen werden angezeigt.`,
'tags.label': `Schlagwörter`,
'time.updated': str`Aktualisiert ${0}`,
    };
  