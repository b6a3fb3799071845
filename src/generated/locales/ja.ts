
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'article-list.carousel.next': `次の記事`,
'article-list.carousel.previous': `前の記事`,
'article-list.end': `リストの終わり`,
'article-list.label': `記事`,
'article-list.load-more': `もっと見る`,
'article-list.loading': `読み込み中…`,
'article-list.new-many': str`新着記事${0}件`,
'article-list.new-one': `新着記事1件`,
'article-list.page': str`${0}〜${1}件目の記事`,
'article-list.skip': `このリストをスキップ`,
'card.byline': str`${0}`,
'card.source': str`出典：${0}`,
'news-article.comments': `コメント`,
'news-article.comments.one': str`コメント${0}件`,
'news-article.comments.other': str`コメント${0}件`,
'news-article.comments.zero': `コメントはまだありません`,
'news-article.embed': str`${0}の埋め込みコンテンツ`,
'news-article.home': `ホーム`,
'news-article.not-found': `この記事はニュースフィードにありません。移動または削除された可能性があります。`,
'news-article.original': `元の記事を読む`,
'news-article.table': `表`,
'news-breadcrumbs.label': `パンくずリスト`,
'photo-caption.caption-prefix': `画像の説明、`,
'photo-caption.close': `閉じる`,
'photo-caption.credit-prefix': `写真：`,
'photo-caption.dialog': `拡大画像`,
'photo-caption.enlarge': `画像を拡大`,
'related-articles.empty': `関連記事はありません。`,
'related-articles.heading': `その他の記事`,
'states.empty': `記事はまだありません。`,
'states.error.http': str`ニュースフィードのサーバーがエラーを返しました（${0}）。`,
'states.error.network': `ニュースフィードに接続できませんでした。別のサイトのフィードの場合、そのサーバーが Access-Control-Allow-Origin ヘッダーを送信する必要があります。プロキシを使うこともできます。`,
'states.error.parse': `ニュースフィードを読み込めませんでした。`,
'states.error.timeout': `ニュースフィードの応答に時間がかかりすぎています。`,
'states.error.too-large': `ニュースフィードが大きすぎて表示できません。`,
'states.error.unsupported': `このアドレスは読み込み可能なニュースフィードではありません。`,
'states.retry': `再試行`,
'states.stale': `更新できませんでした。以前のニュースを表示しています。`,
'tags.label': `タグ`,
'time.updated': str`${0}に更新`,
    };
  