// No article file: the build fails and says where it looked and what to set.
def log = new File(basedir, 'build.log').text
assert log.contains('on project empty: newsmodel:validate: no article file in src/main/articles (includes **/*.json): the directory does not exist; set <directory> and <includes>, or failIfEmpty=false to allow this')
assert !new File(basedir, 'target/newsmodel').exists()
