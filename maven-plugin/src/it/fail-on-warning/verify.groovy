// failOn=warning: the one lint warning left (byline-missing is switched off) fails the build.
def log = new File(basedir, 'build.log').text
assert log.contains("[WARNING] src/main/articles/reference-article.json:19:20: warning image-license-missing at /leadImage/attribution/license: The image has no licence; name one (an SPDX id such as 'CC-BY-SA-4.0') or a copyright holder's terms.")
assert !log.contains('byline-missing')
assert log.contains('[INFO] 1 file: 0 valid, 1 invalid, 0 not read; 1 problem (0 errors, 1 warning, 0 info)')
assert log.contains('on project fail-on-warning: 0 errors, 1 warning in 1 file (failOn is warning); see the lines above or ')
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/newsmodel/newsmodel.json'))
assert json.summary.failOn == 'warning'
assert json.files[0].status == 'invalid'
