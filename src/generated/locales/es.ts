
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'article-list.carousel.next': `Noticias siguientes`,
'article-list.carousel.previous': `Noticias anteriores`,
'article-list.end': `Fin de la lista`,
'article-list.label': `Artículos`,
'article-list.load-more': `Ver más`,
'article-list.loading': `Cargando…`,
'article-list.new-many': str`${0} noticias nuevas`,
'article-list.new-one': `1 noticia nueva`,
'article-list.page': str`Noticias ${0} a ${1}`,
'article-list.skip': `Saltar esta lista`,
'card.byline': str`Por ${0}`,
'card.source': str`Fuente: ${0}`,
'news-article.comments': `Comentarios`,
'news-article.comments.one': str`${0} comentario`,
'news-article.comments.other': str`${0} comentarios`,
'news-article.comments.zero': `Aún no hay comentarios`,
'news-article.embed': str`Contenido incrustado en ${0}`,
'news-article.home': `Inicio`,
'news-article.not-found': `Este artículo no está en el canal de noticias. Puede que se haya movido o eliminado.`,
'news-article.original': `Leer el artículo original`,
'news-article.table': `Tabla`,
'news-breadcrumbs.label': `Ruta de navegación`,
'photo-caption.caption-prefix': `Pie de foto,`,
'photo-caption.close': `Cerrar`,
'photo-caption.credit-prefix': `Foto:`,
'photo-caption.dialog': `Imagen ampliada`,
'photo-caption.enlarge': `Ampliar imagen`,
'related-articles.empty': `No hay artículos relacionados.`,
'related-articles.heading': `Otros artículos`,
'states.empty': `Aún no hay noticias.`,
'states.error.http': str`El servidor del canal respondió con un error (${0}).`,
'states.error.network': `No se pudo acceder al canal de noticias. Si está en otro sitio, su servidor debe enviar la cabecera Access-Control-Allow-Origin, o la página puede usar un proxy.`,
'states.error.parse': `No se pudo leer el canal de noticias.`,
'states.error.timeout': `El canal de noticias tarda demasiado en responder.`,
'states.error.too-large': `El canal de noticias es demasiado grande para mostrarlo.`,
'states.error.unsupported': `Esta dirección no es un canal de noticias que podamos leer.`,
'states.retry': `Reintentar`,
'states.stale': `No se pudo actualizar. Se muestran noticias anteriores.`,
'tags.label': `Etiquetas`,
'time.updated': str`Actualizado ${0}`,
    };
  