// The site: a page per article under articles/, the news list (newest first, linked at baseUrl), the stylesheet.
def site = new File(basedir, 'target/newsmodel-site')
def ferry = new File(site, 'articles/2024/harbour-ferry.html').text
assert ferry.startsWith('<!DOCTYPE html>')
assert ferry.contains('Harbour ferry returns after a winter of repairs')
assert new File(site, 'articles/2024/night-trams.html').text.contains('Night trams run again on the river line')
assert new File(site, 'newsmodel.css').text.contains('{')

def index = new File(site, 'index.html').text
assert index.contains('<title>Harbour Gazette &amp; friends</title>')
assert index.contains('<link rel="stylesheet" href="newsmodel.css">')
def trams = index.indexOf('href="https://gazette.example.com/articles/2024/night-trams.html"')
def ferryLink = index.indexOf('href="https://gazette.example.com/articles/2024/harbour-ferry.html"')
assert trams > 0 && ferryLink > trams : 'the newer article comes first'
assert new File(basedir, 'build.log').text.contains('[INFO] Rendered 2 articles and a news list of 2 to ')
