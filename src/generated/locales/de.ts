
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'card.byline': str`Von ${0}`,
'card.source': str`Quelle: ${0}`,
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
  