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
assert index.contains('<link rel="alternate" type="application/rss+xml" href="feed.xml" title="Harbour Gazette &amp; friends">')

// The feeds (module feeds), linking to the pages at baseUrl, newest first.
def rss = new groovy.xml.XmlSlurper().parse(new File(site, 'feed.xml'))
assert rss.channel.title.text() == 'Harbour Gazette & friends'
assert rss.channel.item*.link*.text() == ['https://gazette.example.com/articles/2024/night-trams.html',
    'https://gazette.example.com/articles/2024/harbour-ferry.html']
def atom = new groovy.xml.XmlSlurper().parse(new File(site, 'atom.xml'))
assert atom.entry.size() == 2
def json = new groovy.json.JsonSlurper().parse(new File(site, 'feed.json'))
assert json.version == 'https://jsonfeed.org/version/1.1'
assert json.feed_url == 'https://gazette.example.com/feed.json'
assert json.items*.url == ['https://gazette.example.com/articles/2024/night-trams.html',
    'https://gazette.example.com/articles/2024/harbour-ferry.html']
assert new File(basedir, 'build.log').text.contains('[INFO] Rendered 2 articles and a news list of 2, with its feeds, to ')
