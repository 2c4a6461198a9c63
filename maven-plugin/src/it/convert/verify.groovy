// The valid article became a ninjs text item at its path below src/main/articles; the broken one did not.
def out = new File(basedir, 'target/newsmodel-converted')
def ferry = new groovy.json.JsonSlurper().parse(new File(out, '2024/harbour-ferry.ninjs.json'))
assert ferry.type == 'text'
assert ferry.headlines[0].value == 'Harbour ferry returns after a winter of repairs'
assert !new File(out, 'broken.ninjs.json').exists()

def log = new File(basedir, 'build.log').text
assert log.contains('[ERROR] src/main/articles/broken.json:1:')
assert log.contains(' error schema.type at /headline: ')
assert log.contains('[INFO] Converted 1 of 2 files from newsmodel to ninjs into ')
assert log.contains('1 of 2 files not converted or at failOn')
