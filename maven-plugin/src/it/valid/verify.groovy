// Two clean articles: the build passed, logged the summary, and wrote both reports of `newsmodel validate`.
def log = new File(basedir, 'build.log').text
assert log.contains('[INFO] Checking 2 article files in src/main/articles (includes **/*.json)')
assert log.contains('[INFO] 2 files: 2 valid, 0 invalid, 0 not read; 0 problems (0 errors, 0 warnings, 0 info)')
assert !log.contains('notes.txt')

def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/newsmodel/newsmodel.json'))
assert json.files*.path == ['src/main/articles/2024/harbour-ferry.json', 'src/main/articles/2024/night-trams.json']
assert json.files*.status == ['valid', 'valid']
assert json.summary.exitCode == 0

def sarif = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/newsmodel/newsmodel.sarif'))
assert sarif.version == '2.1.0'
assert sarif.runs[0].tool.driver.name == 'newsmodel'
assert sarif.runs[0].results == []
assert sarif.runs[0].invocations[0].executionSuccessful == true
