
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'article-list.carousel.next': `Articles suivants`,
'article-list.carousel.previous': `Articles précédents`,
'article-list.end': `Fin de la liste`,
'article-list.label': `Articles`,
'article-list.load-more': `Voir plus`,
'article-list.loading': `Chargement…`,
'article-list.new-many': str`${0} nouveaux articles`,
'article-list.new-one': `1 nouvel article`,
'article-list.page': str`Articles ${0} à ${1}`,
'article-list.skip': `Passer cette liste`,
'card.byline': str`Par ${0}`,
'card.source': str`Source : ${0}`,
'news-article.comments': `Commentaires`,
'news-article.comments.one': str`${0} commentaire`,
'news-article.comments.other': str`${0} commentaires`,
'news-article.comments.zero': `Aucun commentaire pour le moment`,
'news-article.embed': str`Contenu intégré sur ${0}`,
'news-article.home': `Accueil`,
'news-article.not-found': `Cet article ne figure pas dans le flux d’actualités. Il a peut-être été déplacé ou supprimé.`,
'news-article.original': `Lire l’article original`,
'news-article.table': `Tableau`,
'news-breadcrumbs.label': `Fil d’Ariane`,
'photo-caption.caption-prefix': `Légende de l’image,`,
'photo-caption.close': `Fermer`,
'photo-caption.credit-prefix': `Photo :`,
'photo-caption.dialog': `Image agrandie`,
'photo-caption.enlarge': `Agrandir l’image`,
'related-articles.empty': `Aucun article connexe.`,
'related-articles.heading': `Autres articles`,
'states.empty': `Aucun article pour le moment.`,
'states.error.http': str`Le serveur du flux a répondu par une erreur (${0}).`,
'states.error.network': `Le flux d’actualités est injoignable. S’il est sur un autre site, son serveur doit envoyer l’en-tête Access-Control-Allow-Origin ; sinon, la page peut passer par un proxy.`,
'states.error.parse': `Le flux d’actualités est illisible.`,
'states.error.timeout': `Le flux d’actualités met trop de temps à répondre.`,
'states.error.too-large': `Le flux d’actualités est trop volumineux pour être affiché.`,
'states.error.unsupported': `Cette adresse ne mène pas à un flux d’actualités lisible.`,
'states.retry': `Réessayer`,
'states.stale': `Mise à jour impossible. Affichage des articles précédents.`,
'tags.label': `Mots-clés`,
'time.updated': str`Mis à jour ${0}`,
    };
  