<?php
// Installs WordPress with its own installer and imports the seed pages' content through its
// own PHP API. Run by wordpress.mjs from PHP CLI in the site's folder:
//   php setup.php <site-folder> <site-url>
// Prints one JSON line with what the tests need to know (post, comment and term ids).
// phpcs:disable

[$_, $dir, $url] = $argv;
$parts = parse_url($url);
$_SERVER['HTTP_HOST'] = $parts['host'] . ':' . $parts['port'];
$_SERVER['SERVER_NAME'] = $parts['host'];
$_SERVER['SERVER_PORT'] = $parts['port'];
$_SERVER['REQUEST_URI'] = '/';
$_SERVER['REQUEST_METHOD'] = 'GET';
define('WP_INSTALLING', true);

// No mail from a test install (the installer mails the admin).
function wp_new_blog_notification() {}

require $dir . '/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
require_once ABSPATH . 'wp-admin/includes/image.php';

$installed = wp_install('Uno News', 'admin', 'admin@example.com', true, '', 'test-password-1');
$admin = $installed['user_id'];
wp_set_current_user($admin);

// The installer's sample post (with its comment) and page are not the seed's.
wp_delete_post(1, true);
wp_delete_post(2, true);

update_option('timezone_string', 'Asia/Ho_Chi_Minh');
update_option('gmt_offset', '');
$GLOBALS['wp_rewrite']->set_permalink_structure('/%year%/%monthnum%/%postname%/');
update_option('posts_per_page', 10);
update_option('posts_per_rss', 10);
update_option('rss_use_excerpt', 0);
update_option('thread_comments', 1);
update_option('thread_comments_depth', 5);
update_option('default_comment_status', 'open');
update_option('blogdescription', 'Tin tức lao động');

/** A small solid-colour PNG (no image library needed). */
function png(int $w, int $h, array $rgb): string {
  $row = "\0" . str_repeat(chr($rgb[0]) . chr($rgb[1]) . chr($rgb[2]), $w);
  $chunk = fn($type, $data) => pack('N', strlen($data)) . $type . $data . pack('N', crc32($type . $data));
  return "\x89PNG\r\n\x1a\n"
    . $chunk('IHDR', pack('NNCCCCC', $w, $h, 8, 2, 0, 0, 0))
    . $chunk('IDAT', gzcompress(str_repeat($row, $h)))
    . $chunk('IEND', '');
}

/** Uploads a generated image as an attachment of $parent; returns its id. */
function image(string $name, int $parent, string $caption, string $alt, string $credit, array $rgb, string $date): int {
  $up = wp_upload_bits($name, null, png(64, 36, $rgb), '2023/11');
  if (!empty($up['error'])) throw new Exception($up['error']);
  $id = wp_insert_attachment([
    'post_mime_type' => 'image/png',
    'post_title' => pathinfo($name, PATHINFO_FILENAME),
    'post_excerpt' => $caption,
    'post_content' => '',
    'post_status' => 'inherit',
    'post_date' => $date,
  ], $up['file'], $parent, true);
  if (is_wp_error($id)) throw new Exception($id->get_error_message());
  $meta = wp_generate_attachment_metadata($id, $up['file']);
  $meta['image_meta']['credit'] = $credit;
  wp_update_attachment_metadata($id, $meta);
  update_post_meta($id, '_wp_attachment_image_alt', $alt);
  return $id;
}

function post(array $p): int {
  $id = wp_insert_post($p + ['post_status' => 'publish', 'post_author' => $GLOBALS['admin']], true);
  if (is_wp_error($id)) throw new Exception($id->get_error_message());
  return $id;
}

$news = wp_insert_term('News', 'category', ['slug' => 'news'])['term_id'];
$review = wp_insert_term('English Review', 'category', ['slug' => 'english-review'])['term_id'];
$tag = wp_insert_term('Vietnamese interns', 'post_tag', ['slug' => 'vietnamese-interns'])['term_id'];

$p = fn(string $s) => "<!-- wp:paragraph -->\n<p>$s</p>\n<!-- /wp:paragraph -->\n\n";
$h = fn(string $s) => "<!-- wp:heading -->\n<h2>$s</h2>\n<!-- /wp:heading -->\n\n";

// Seed page 000: "Promote cooperation …" (News), two photos with bilingual captions.
$cooperation = post([
  'post_title' => 'Promote cooperation in training high-quality human resources between Vietnam and Japan',
  'post_date' => '2023-11-02 15:20:00',
  'post_category' => [$news],
  'post_excerpt' => 'According to local representatives, currently the scope for cooperation in labor training, especially high-quality human resources, with Japanese localities is still very large. In the coming time, it is necessary to continue to promote this activity…',
  'post_content' => '',
]);
$cooperationImage = image('dao-tao-nhat-ban.png', $cooperation,
  "Đào tạo cho người lao động đi làm việc tại Nhật Bản. Ảnh - MOLISA.\nTraining for workers to work in Japan. Photo – MOLISA.",
  'Workers in a training class', 'MOLISA', [30, 90, 160], '2023-11-02 15:00:00');
$sessionImage = image('phien-thao-luan.png', $cooperation,
  "Phiên thảo luận chuyên đề thu hút sự tham gia của nhiều dịa phương Việt Nam - Nhật Bản. Ảnh - N.Dương.\nThe thematic discussion session attracted the participation of many Vietnamese and Japanese localities.",
  'A discussion session', 'N.Dương', [160, 60, 30], '2023-11-02 15:00:00');
set_post_thumbnail($cooperation, $cooperationImage);
$sessionUrl = wp_get_attachment_url($sessionImage);
wp_update_post([
  'ID' => $cooperation,
  'post_content' =>
    $p('Thematic session on Education – Training and Human Resource Cooperation, within the framework of the Meeting with Japan 2023 Program, on the morning of November 2, recorded many comments from localities in promoting human resource cooperation with Japan. Japanese partners.')
    . $h('The plan for cooperation with localities in human resources training remains very large')
    . $p('As one of the localities that has labor cooperation with Japan, Mr. Le Thanh Do, Chairman of the People’s Committee of Dien Bien province, said that in the province’s development orientation, Dien Bien always determined to improve quality. Human resources, vocational training, and job creation are among the top priority areas.')
    . $p('Currently, Dien Bien has 13 vocational education institutions with an enrollment of 8,500 – 9,000 people per year; The employment rate of vocational school graduates is over 80%.')
    . $p('According to the Chairman of the People’s Committee of Dien Bien province, currently the province’s need for cooperation and human resource development with Japan is still very large, but the quality of the labor source is still not met.')
    . $p('Dien Bien commits to having favorable policies on human resource development, paying attention to vocational training, shifting labor structure, and gradually building high-quality human resources.')
    . $h('The opportunity to send labor to Japan is huge')
    . $p('Also one of the provinces that has human resource cooperation with Japanese localities, Mr. Dao My, Vice Chairman of the People’s Committee of Phu Yen province emphasized that the province is determined to create a breakthrough in human resource development, especially Specializing in high-quality human resources, to have 80% of workers trained by 2025 (currently this rate is 74%).')
    . $p('The province also promoted sending workers to work abroad. With the Japanese market, the province initially cooperated with several localities on sending labor.')
    . "<!-- wp:image {\"id\":$sessionImage} -->\n<figure class=\"wp-block-image\"><img src=\"$sessionUrl\" alt=\"A discussion session\" class=\"wp-image-$sessionImage\"/><figcaption>Phiên thảo luận chuyên đề thu hút sự tham gia của nhiều dịa phương Việt Nam - Nhật Bản. Ảnh - N.Dương.<br>The thematic discussion session attracted the participation of many Vietnamese and Japanese localities.</figcaption></figure>\n<!-- /wp:image -->\n\n"
    . $p('Regarding Long An, Vice Chairman of the Provincial People’s Committee Pham Tan Hoa also said that of the nearly 2,000 workers in the province working abroad, up to 80% are in the Japanese market, mainly through dispatching businesses.')
    . $p('Referring to the direction of cooperation in high-quality human resource training between Vietnam and Japan in the coming time, Ms. Nguyen Thi Thanh Binh, expert of the Department of Formal Training, General Department of Vocational Education, said that the General Department will continue to implement ODA projects with Japan as well as the KOSEN model.')
    . $p('(According to VNEconomy)'),
]);

// Seed page 003: "MoLISA Deputy Minister …" (English Review), 10:40 AM 13/11/2023 Hanoi time.
$hoan = post([
  'post_title' => 'MoLISA Deputy Minister Nguyen Ba Hoan received the President of IM Japan',
  'post_date' => '2023-11-13 10:40:00',
  'post_category' => [$review],
  'tags_input' => ['Vietnamese interns'],
  'post_content' =>
    $p('(LĐXH)- MoLISA Deputy Minister Nguyen Ba Hoan had a meeting with Mr. Kanamori Hitoshi - President of the Japan’s International Human Resources Development Organization (IM Japan) on November 10.')
    . $p('Speaking at the reception, Deputy Minister Nguyen Ba Hoan expressed his pleasure to welcome the President of IM Japan to visit and work at the MoLISA.')
    . $p('He highly appreciated the strategic partnership between Vietnam and Japan in general, and the good relationship between the MoLISA and IM Japan in particular.')
    . $p('The Deputy Minister said that after 18 years, the program of sending interns to do technical internships in Japan under the Agreement between the MoLISA and IM Japan has achieved very good results.')
    . $p('To date, the program has sent more than 8,700 interns, of which 7,290 entered Japan for the first time and 1,434 interns re-entered the country.')
    . $p('In the coming time, Mr. Kanamori Hitoshi hopes to further promote the reception of Vietnamese interns for technical internships in Japan according to the Agreement between MoLISA and IM Japan.')
    . $p('In addition, he also said he would try to improve salaries for interns in the future, along with paying more attention to training and the working environment for Vietnamese interns./.'),
]);
$hoanImage = image('nguyen-ba-hoan.png', $hoan,
  "Thứ trưởng Nguyễn Bá Hoan tiếp Chủ tịch IM Japan. Ảnh - LĐXH.\nDeputy Minister Nguyen Ba Hoan receives the President of IM Japan. Photo – LĐXH.",
  'Deputy Minister Nguyen Ba Hoan and Mr. Kanamori Hitoshi', 'LĐXH', [40, 120, 60], '2023-11-13 10:30:00');
set_post_thumbnail($hoan, $hoanImage);

// The nine "Other Articles" of seed page 003 (English Review), newest first, one day apart.
$others = [
  'Over 51 million workers employed in the first 9 months',
  'Many activities in the National Action Month on Gender Equality 2024 will be organized',
  'Strengthening Vietnam - Sweden cooperation in labour and social security',
  'Minister Dao Ngoc Dung visits and supports people affected by storm in Yen Bai',
  'Vietnam – Japan labour cooperation records rapid development',
  'Awarding “Medal for the Cause of Labour - Invalids and Social Affairs” to Labour and Employment Attache of the ROK Embassy in Vietnam',
  'MoLISA strengthens cooperation with Germany in vocational education',
  'Vietnam wins bronze medal and certificates of excellence at 47th WorldSkills Competition',
  'Vietnam - Greece soon sign labour cooperation agreement',
];
$otherIds = [];
foreach ($others as $i => $title) {
  $japan = str_contains($title, 'Japan');
  $otherIds[] = post([
    'post_title' => $title,
    'post_date' => date('Y-m-d H:i:s', strtotime('2023-11-12 09:00:00') - $i * 86400),
    'post_category' => [$review],
    'tags_input' => $japan ? ['Vietnamese interns'] : [],
    'post_content' => $p("$title. (LĐXH)"),
  ]);
}
// Featured images on most of them; the WorldSkills one has none.
$noImage = $otherIds[7];
foreach ($otherIds as $i => $id) {
  if ($id === $noImage) continue;
  set_post_thumbnail($id, image("other-$i.png", $id, "Ảnh minh hoạ $i. Ảnh - LĐXH.\nIllustration $i. Photo – LĐXH.", '', 'LĐXH', [20 * $i, 100, 200 - 20 * $i], '2023-11-01 08:00:00'));
}

// WordPress's own escaping: ampersand, straight quotes and an apostrophe in title and excerpt.
$escaped = post([
  'post_title' => 'Q&A: "Interns\' rights" in Japan & Korea <b>now</b>',
  'post_date' => '2023-11-03 08:00:00',
  'post_category' => [$news],
  'post_excerpt' => 'Workers\' questions & answers: "fair pay" <script>alert(1)</script>',
  'post_content' => $p('Workers\' questions & answers.'),
]);

// Must never be shown: a password-protected post and a draft (both newer than the rest).
$protected = post([
  'post_title' => 'Protected briefing for partners',
  'post_date' => '2023-11-14 08:00:00',
  'post_category' => [$news],
  'post_password' => 'secret',
  'post_content' => $p('Only for partners.'),
]);
$draft = post([
  'post_title' => 'Draft: unpublished plans',
  'post_date' => '2023-11-14 09:00:00',
  'post_status' => 'draft',
  'post_category' => [$news],
  'post_content' => $p('Not yet.'),
]);

// Comments on the seed article 003: threaded four deep, one held for moderation.
$comment = function (int $post, string $author, string $text, string $date, int $parent = 0, $approved = 1) {
  $id = wp_insert_comment([
    'comment_post_ID' => $post,
    'comment_author' => $author,
    'comment_author_email' => strtolower(preg_replace('/\W+/', '.', $author)) . '@example.com',
    'comment_author_url' => '',
    'comment_content' => $text,
    'comment_parent' => $parent,
    'comment_approved' => $approved,
    'comment_date' => $date,
    'comment_date_gmt' => get_gmt_from_date($date),
    'comment_author_IP' => '192.0.2.1',
    'comment_agent' => 'seed',
  ]);
  if (!$id) throw new Exception("comment by $author");
  return $id;
};
$c1 = $comment($hoan, 'Nguyễn Văn An', 'Good news for interns. <strong>Thank you</strong> MoLISA! <script>alert(1)</script><a href="javascript:alert(1)">click</a>', '2023-11-13 11:05:00');
$c2 = $comment($hoan, 'Tanaka Yuki', 'We look forward to welcoming more interns.', '2023-11-13 12:30:00', $c1);
$c3 = $comment($hoan, 'Trần Thị Bình', 'Will salaries really improve?', '2023-11-13 13:15:00', $c2);
$c4 = $comment($hoan, 'Tanaka Yuki', 'That is the plan & we are working on it.', '2023-11-13 14:00:00', $c3);
$c5 = $comment($hoan, 'Lê Minh', "The program's results after 18 years are impressive.", '2023-11-13 15:45:00');
$c6 = $comment($hoan, 'Phạm Hoa', 'How can young people from poor families apply?', '2023-11-14 08:20:00');
$pending = $comment($hoan, 'Spammy Sam', 'Buy cheap watches', '2023-11-14 09:00:00', 0, 0);
$c7 = $comment($cooperation, 'Đỗ Thanh', 'Dien Bien needs this cooperation.', '2023-11-02 18:00:00');

// Comments closed on the "no image" post (the form must say so).
wp_update_post(['ID' => $noImage, 'comment_status' => 'closed']);

echo json_encode([
  'url' => home_url('/'),
  'posts' => [
    'cooperation' => $cooperation,
    'hoan' => $hoan,
    'others' => $otherIds,
    'noImage' => $noImage,
    'escaped' => $escaped,
    'protected' => $protected,
    'draft' => $draft,
  ],
  'media' => ['cooperation' => $cooperationImage, 'session' => $sessionImage, 'hoan' => $hoanImage],
  'terms' => ['news' => $news, 'review' => $review, 'interns' => $tag],
  'comments' => [
    'hoan' => [$c1, $c2, $c3, $c4, $c5, $c6],
    'pending' => $pending,
    'cooperation' => [$c7],
  ],
  'links' => [
    'hoan' => get_permalink($hoan),
    'cooperation' => get_permalink($cooperation),
  ],
]), "\n";
