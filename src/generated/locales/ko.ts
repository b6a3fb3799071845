
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'article-list.carousel.next': `다음 기사`,
'article-list.carousel.previous': `이전 기사`,
'article-list.end': `목록 끝`,
'article-list.label': `기사`,
'article-list.load-more': `더 보기`,
'article-list.loading': `불러오는 중…`,
'article-list.new-many': str`새 기사 ${0}건`,
'article-list.new-one': `새 기사 1건`,
'article-list.page': str`기사 ${0}~${1}`,
'article-list.skip': `이 목록 건너뛰기`,
'card.byline': str`${0} 기자`,
'card.source': str`출처: ${0}`,
'news-article.comments': `댓글`,
'news-article.comments.one': str`댓글 ${0}개`,
'news-article.comments.other': str`댓글 ${0}개`,
'news-article.comments.zero': `아직 댓글이 없습니다`,
'news-article.embed': str`${0}의 삽입 콘텐츠`,
'news-article.home': `홈`,
'news-article.not-found': `이 기사는 뉴스 피드에 없습니다. 이동되었거나 삭제되었을 수 있습니다.`,
'news-article.original': `원문 기사 보기`,
'news-article.table': `표`,
'news-breadcrumbs.label': `탐색 경로`,
'photo-caption.caption-prefix': `사진 설명,`,
'photo-caption.close': `닫기`,
'photo-caption.credit-prefix': `사진:`,
'photo-caption.dialog': `확대한 사진`,
'photo-caption.enlarge': `사진 확대`,
'related-articles.empty': `관련 기사가 없습니다.`,
'related-articles.heading': `다른 기사`,
'states.empty': `아직 기사가 없습니다.`,
'states.error.http': str`뉴스 피드 서버가 오류를 반환했습니다(${0}).`,
'states.error.network': `뉴스 피드에 연결할 수 없습니다. 다른 사이트의 피드라면 해당 서버가 Access-Control-Allow-Origin 헤더를 보내야 하며, 프록시를 사용할 수도 있습니다.`,
'states.error.parse': `뉴스 피드를 읽을 수 없습니다.`,
'states.error.timeout': `뉴스 피드 응답 시간이 너무 깁니다.`,
'states.error.too-large': `뉴스 피드가 너무 커서 표시할 수 없습니다.`,
'states.error.unsupported': `이 주소는 읽을 수 있는 뉴스 피드가 아닙니다.`,
'states.retry': `다시 시도`,
'states.stale': `업데이트하지 못했습니다. 이전 기사를 표시합니다.`,
'tags.label': `태그`,
'time.updated': str`수정 ${0}`,
    };
  