// The second seed page: <news-article> and <related-articles> from the built package. The only
// script is the seed's three-step trail (a parent and a child category of the same name), set
// through the documented `breadcrumbs` property.
import '/dist/define.js';

const story = document.getElementById('story');
story.breadcrumbs = [
  {name: 'Home', url: 'https://molisa.example.vn/'},
  {name: 'English Review', url: 'https://molisa.example.vn/english-review/'},
  {name: 'English Review'},
];
