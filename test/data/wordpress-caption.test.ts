import {expect} from '@open-wc/testing';
import {parseWordPress} from '../../src/data/formats/wordpress.js';

const post = (caption: string) => ({
  id: 1,
  link: 'https://molisa.example.vn/news/a',
  title: {rendered: 'A'},
  date_gmt: '2023-11-02T02:15:00',
  _embedded: {
    'wp:featuredmedia': [
      {source_url: 'https://molisa.example.vn/a.jpg', caption: {rendered: caption}},
    ],
  },
});

describe('wordpress adapter: featured media captions', () => {
  it('takes the credit of a two-line caption from its first line, not from the middle', () => {
    const feed = parseWordPress(
      [
        post(
          '<p>Đào tạo cho người lao động đi làm việc tại Nhật Bản. Ảnh - MOLISA.<br />\nTraining for workers to work in Japan. Photo – MOLISA.</p>\n'
        ),
      ],
      undefined,
      10
    );
    expect(feed.articles[0].image).to.deep.include({
      caption:
        'Đào tạo cho người lao động đi làm việc tại Nhật Bản. Training for workers to work in Japan.',
      credit: 'MOLISA',
    });
  });

  it('reads the seed caption written on one line the same way', () => {
    const feed = parseWordPress(
      [
        post(
          '<p>Đào tạo cho người lao động đi làm việc tại Nhật Bản. Ảnh - MOLISA. Training for workers to work in Japan. Photo – MOLISA.</p>'
        ),
      ],
      undefined,
      10
    );
    expect(feed.articles[0].image).to.deep.include({
      caption:
        'Đào tạo cho người lao động đi làm việc tại Nhật Bản. Training for workers to work in Japan.',
      credit: 'MOLISA',
    });
  });

  it('leaves a one-line caption to the shared rule', () => {
    const feed = parseWordPress([post('<p>The meeting. Photo: VNA</p>')], undefined, 10);
    expect(feed.articles[0].image).to.deep.include({caption: 'The meeting.', credit: 'VNA'});
    const plain = parseWordPress([post('<p>One line</p>')], undefined, 10);
    expect(plain.articles[0].image?.caption).to.equal('One line');
    expect(plain.articles[0].image).to.not.have.property('credit');
  });

  it('keeps a two-line caption without a credit as it is', () => {
    const feed = parseWordPress([post('Line one<br>Line two')], undefined, 10);
    expect(feed.articles[0].image?.caption).to.equal('Line one Line two');
    expect(feed.articles[0].image).to.not.have.property('credit');
  });
});
