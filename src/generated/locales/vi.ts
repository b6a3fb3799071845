
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'article-list.carousel.next': `Tin tiếp theo`,
'article-list.carousel.previous': `Tin trước`,
'article-list.end': `Hết danh sách`,
'article-list.label': `Bài viết`,
'article-list.load-more': `Xem thêm`,
'article-list.loading': `Đang tải…`,
'article-list.new-many': str`${0} tin mới`,
'article-list.new-one': `1 tin mới`,
'article-list.page': str`Bài ${0} đến ${1}`,
'article-list.skip': `Bỏ qua danh sách này`,
'card.byline': str`${0}`,
'card.source': str`Theo ${0}`,
'news-article.comments': `Bình luận`,
'news-article.comments.one': str`${0} bình luận`,
'news-article.comments.other': str`${0} bình luận`,
'news-article.comments.zero': `Chưa có bình luận`,
'news-article.embed': str`Nội dung nhúng trên ${0}`,
'news-article.home': `Trang chủ`,
'news-article.not-found': `Bài viết này không có trong nguồn tin. Có thể bài đã được chuyển hoặc gỡ bỏ.`,
'news-article.original': `Xem bài gốc`,
'news-article.table': `Bảng`,
'news-breadcrumbs.label': `Điều hướng phân cấp`,
'photo-caption.caption-prefix': `Chú thích ảnh,`,
'photo-caption.close': `Đóng`,
'photo-caption.credit-prefix': `Ảnh:`,
'photo-caption.dialog': `Ảnh phóng to`,
'photo-caption.enlarge': `Phóng to ảnh`,
'related-articles.empty': `Không có tin liên quan.`,
'related-articles.heading': `Các tin khác`,
'states.empty': `Chưa có bài viết.`,
'states.error.http': str`Máy chủ nguồn tin báo lỗi (${0}).`,
'states.error.network': `Không kết nối được nguồn tin. Nếu nguồn tin ở trang web khác, máy chủ đó phải gửi header HTTP Access-Control-Allow-Origin, hoặc trang có thể dùng proxy.`,
'states.error.parse': `Không đọc được nguồn tin.`,
'states.error.timeout': `Nguồn tin phản hồi quá lâu.`,
'states.error.too-large': `Nguồn tin quá lớn để hiển thị.`,
'states.error.unsupported': `Địa chỉ này không phải nguồn tin mà chúng tôi đọc được.`,
'states.retry': `Thử lại`,
'states.stale': `Không thể cập nhật. Đang hiển thị tin trước đó.`,
'tags.label': `Thẻ`,
'time.updated': str`Cập nhật ${0}`,
    };
  