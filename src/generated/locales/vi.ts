
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
'states.empty': `Chưa có bài viết.`,
'states.error.http': str`Máy chủ nguồn tin báo lỗi (${0}).`,
'states.error.network': `Không kết nối được nguồn tin. Nếu nguồn tin ở trang web khác, máy chủ đó phải gửi tiêu đề Access-Control-Allow-Origin, hoặc trang có thể dùng proxy.`,
'states.error.parse': `Không đọc được nguồn tin.`,
'states.error.timeout': `Nguồn tin phản hồi quá lâu.`,
'states.error.too-large': `Nguồn tin quá lớn để hiển thị.`,
'states.error.unsupported': `Địa chỉ này không phải nguồn tin mà chúng tôi đọc được.`,
'states.retry': `Thử lại`,
'states.stale': `Không thể cập nhật. Đang hiển thị tin trước đó.`,
'tags.label': `Thẻ`,
'time.updated': str`Cập nhật ${0}`,
    };
  