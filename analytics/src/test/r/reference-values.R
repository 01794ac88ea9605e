# Reference values of the analytics tests. Run: Rscript reference-values.R
# Each line printed is a @CsvSource row: inputs | expected values | the R command that produced them.
# The commands are evaluated as written, so the test rows can be checked one by one in any R session.
options(warn = -1)
num <- function(v) paste(ifelse(is.na(v), "NaN", sprintf("%.17g", v)), collapse = " | ")
row <- function(inputs, cmd) cat(inputs, " | ", num(eval(parse(text = cmd))), " | ", cmd, "\n", sep = "")
section <- function(name) cat("\n# ", name, "\n", sep = "")

section("SampleMomentsTest / HistogramMedianTest: min | counts | n | mean | sd | median")
cells <- list(c(1, "2 3 0 4 1"), c(1, "0 1 5 9 6"), c(1, "12 30 41 25 7"), c(0, "1 0 2 3 5 8 10 12 9 6 4"),
              c(1, "0 0 7 0 0"), c(1, "1 0 0 0 1"), c(1, "0 2 0 2 0"), c(1, "1200 3400 5100 4000 900"),
              c(1, "0 0 0 3 0 0 4"))
for (cell in cells) {
  lo <- as.integer(cell[1]); counts <- scan(text = cell[2], quiet = TRUE); hi <- lo + length(counts) - 1
  cmd <- sprintf("x <- rep(%d:%d, c(%s)); c(length(x), mean(x), sd(x), median(x))", lo, hi, gsub(" ", ", ", cell[2]))
  row(paste(lo, cell[2], sep = " | "), cmd)
}

for (cell in list(c(1, "0 0 1 1 0"), c(1, "0 3 0 0 0"), c(1, "0 0 0 0 1"))) {
  counts <- scan(text = cell[2], quiet = TRUE)
  row(paste(cell[1], cell[2], sep = " | "), sprintf("median(rep(1:5, c(%s)))", gsub(" ", ", ", cell[2])))
}

section("MeanConfidenceIntervalTest: min | counts | lo | hi")
for (cell in list(c(1, "2 3 0 4 1"), c(1, "0 1 5 9 6"), c(1, "12 30 41 25 7"), c(0, "1 0 2 3 5 8 10 12 9 6 4"), c(1, "1 0 0 0 1"))) {
  lo <- as.integer(cell[1]); counts <- scan(text = cell[2], quiet = TRUE); hi <- lo + length(counts) - 1
  row(paste(lo, cell[2], sep = " | "), sprintf("x <- rep(%d:%d, c(%s)); t.test(x)$conf.int", lo, hi, gsub(" ", ", ", cell[2])))
}

section("MeanConfidenceIntervalTest with FPC: min | counts | N | lo | hi")
for (cell in list(c(1, "2 3 0 4 1", 12), c(1, "2 3 0 4 1", 10), c(1, "0 1 5 9 6", 21), c(1, "0 1 5 9 6", 30), c(1, "12 30 41 25 7", 400))) {
  lo <- as.integer(cell[1]); counts <- scan(text = cell[2], quiet = TRUE); hi <- lo + length(counts) - 1
  row(paste(lo, cell[2], cell[3], sep = " | "), sprintf(
    "x <- rep(%d:%d, c(%s)); N <- %s; n <- length(x); mean(x) + c(-1, 1) * qt(0.975, n - 1) * sd(x) / sqrt(n) * sqrt((N - n) / (N - 1))",
    lo, hi, gsub(" ", ", ", cell[2]), cell[3]))
}

section("FavorableShareTest: min | counts | polarity | share | lo | hi")
for (cell in list(c(1, "2 3 0 4 1", "POSITIVE"), c(1, "2 3 0 4 1", "NEGATIVE"), c(1, "0 1 5 9 6", "POSITIVE"),
                  c(1, "12 30 41 25 7", "NEGATIVE"), c(0, "1 0 2 3 5 8 10 12 9 6 4", "POSITIVE"),
                  c(1, "0 0 1 0 0", "POSITIVE"), c(1, "0 0 0 1 0", "POSITIVE"), c(1, "0 0 7 0 0", "POSITIVE"),
                  c(1, "0 0 0 3 4", "POSITIVE"), c(1, "1200 3400 5100 4000 900", "NEGATIVE"))) {
  lo <- as.integer(cell[1]); counts <- scan(text = cell[2], quiet = TRUE); hi <- lo + length(counts) - 1
  cond <- if (cell[3] == "POSITIVE") sprintf("x >= %d", hi - 1) else sprintf("x <= %d", lo + 1)
  row(paste(lo, cell[2], cell[3], sep = " | "), sprintf(
    "x <- rep(%d:%d, c(%s)); f <- sum(%s); c(f / length(x), prop.test(f, length(x), correct = FALSE)$conf.int)",
    lo, hi, gsub(" ", ", ", cell[2]), cond))
}

pairs <- list(c(1, "2 3 0 4 1", "0 1 5 9 6"), c(1, "12 30 41 25 7", "20 35 38 20 2"), c(1, "0 1 5 9 6", "0 1 5 9 6"),
              c(1, "0 0 7 0 0", "0 0 0 7 0"), c(0, "1 0 2 3 5 8 10 12 9 6 4", "0 1 1 2 4 6 9 13 12 8 4"),
              c(1, "1200 3400 5100 4000 900", "1100 3300 5000 4300 1000"), c(1, "3 1 0 0 0", "0 0 0 1 3"),
              c(1, "1 0 0 0 0", "0 0 0 0 1"))
expand <- function(lo, counts) sprintf("rep(%d:%d, c(%s))", lo, lo + length(scan(text = counts, quiet = TRUE)) - 1, gsub(" ", ", ", counts))

section("MannWhitneyTest: min | before | after | W | p")
for (p in pairs) {
  lo <- as.integer(p[1])
  row(paste(lo, p[2], p[3], sep = " | "), sprintf(
    "x <- %s; y <- %s; r <- wilcox.test(x, y, exact = FALSE, correct = TRUE); c(r$statistic, r$p.value)", expand(lo, p[2]), expand(lo, p[3])))
}

section("WelchTest: min | before | after | p")
for (p in pairs[c(1, 2, 3, 5, 6)]) {
  lo <- as.integer(p[1])
  row(paste(lo, p[2], p[3], sep = " | "), sprintf("x <- %s; y <- %s; t.test(x, y)$p.value", expand(lo, p[2]), expand(lo, p[3])))
}
row("1 | 0 0 7 0 0 | 1 2 2 1 0", "x <- rep(1:5, c(0, 0, 7, 0, 0)); y <- rep(1:5, c(1, 2, 2, 1, 0)); t.test(x, y)$p.value")

section("CliffsDeltaTest: min | before | after | delta")
for (p in c(pairs[-6], list(c(1, "0 0 0 1 3", "3 1 0 0 0")))) {
  lo <- as.integer(p[1])
  row(paste(lo, p[2], p[3], sep = " | "), sprintf("x <- %s; y <- %s; mean(sign(outer(y, x, \"-\")))", expand(lo, p[2]), expand(lo, p[3])))
}
p <- pairs[[6]]
row(paste(1, p[2], p[3], sep = " | "), sprintf(
  "x <- %s; y <- %s; 2 * wilcox.test(y, x, exact = FALSE)$statistic / (length(x) * length(y)) - 1", expand(1, p[2]), expand(1, p[3])))

section("BenjaminiHochbergTest: p | q")
for (v in c("0.01 0.04 0.03 0.005", "0.5", "0.02 0.02 0.2 0.8 0.001",
            "0.001 0.008 0.039 0.041 0.042 0.06 0.074 0.205 0.212 0.216", "0.9 0.8 0.95 1", "0 0.3 0.04")) {
  cmd <- sprintf("p.adjust(c(%s), \"BH\")", gsub(" ", ", ", v))
  cat(v, " | ", paste(sprintf("%.17g", eval(parse(text = cmd))), collapse = " "), " | ", cmd, "\n", sep = "")
}

section("TrendSlopeTest: x | y | slope | lo | hi")
for (t in list(c("0 1 2 3", "3.2 3.4 3.3 3.6"), c("0 1 3 4", "3.1 3.0 3.5 3.6"), c("0 1 2", "3 3.5 4"),
               c("0 1 2 3 4 5 6 7", "3.9 3.7 3.8 3.4 3.5 3.1 3.3 3.0"), c("0 2 5", "2.5 2.9 2.6"), c("0 1", "3.2 3.5"))) {
  cmd <- sprintf("x <- c(%s); y <- c(%s); m <- lm(y ~ x); c(coef(m)[2], confint(m)[2, ])", gsub(" ", ", ", t[1]), gsub(" ", ", ", t[2]))
  row(paste(t[1], t[2], sep = " | "), cmd)
}

section("WellBeingIndexTest")
row("index", "a <- rep(1:5, c(2, 3, 0, 4, 1)); b <- rep(1:5, c(0, 1, 5, 9, 6)); d <- rep(0:10, c(1, 0, 2, 3, 5, 8, 10, 12, 9, 6, 4)); mean(c((mean(a) - 1) / 4 * 100, 100 - (mean(b) - 1) / 4 * 100, mean(d) / 10 * 100))")

row("scores", "100 * (mean(rep(1:5, c(0, 0, 0, 0, 9))) - 1) / 4")
row("scores", "100 - 100 * (mean(rep(1:5, c(0, 0, 0, 0, 9))) - 1) / 4")
row("scores", "100 - 100 * (mean(rep(1:5, c(5, 0, 0, 0, 0))) - 1) / 4")
row("scores", "100 * mean(rep(0:10, c(1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1))) / 10")

section("ComparisonTest: before | after | delta | pMannWhitney | pWelch | effectSize")
for (p in list(c("12 30 41 25 7", "20 35 38 20 2"), c("0 0 1 2 0", "0 1 5 9 6"))) {
  row(paste(p[1], p[2], sep = " | "), sprintf(
    "x <- %s; y <- %s; c(mean(y) - mean(x), wilcox.test(x, y, exact = FALSE, correct = TRUE)$p.value, t.test(x, y)$p.value, mean(sign(outer(y, x, \"-\"))))",
    expand(1, p[1]), expand(1, p[2])))
}
row("one answer each", "x <- 1; y <- 5; wilcox.test(x, y, exact = FALSE, correct = TRUE)$p.value")
row("two comparisons", "p.adjust(c(0.54390572900530665, 0.056677389172347006), \"BH\")")

section("ChangeSetTest: q of pairs 1, 2, 5, 6")
cmd <- paste0("w <- function(x, y) wilcox.test(x, y, exact = FALSE, correct = TRUE)$p.value; ",
  "p.adjust(c(w(", expand(1, pairs[[1]][2]), ", ", expand(1, pairs[[1]][3]), "), w(", expand(1, pairs[[2]][2]), ", ", expand(1, pairs[[2]][3]),
  "), w(", expand(0, pairs[[5]][2]), ", ", expand(0, pairs[[5]][3]), "), w(", expand(1, pairs[[6]][2]), ", ", expand(1, pairs[[6]][3]), ")), \"BH\")")
cat(paste(sprintf("%.17g", eval(parse(text = cmd))), collapse = " "), " | ", cmd, "\n", sep = "")

# Waves as counts of answers 1..5, waves separated by "/", e.g. "4 8 10 6 2 / 3 6 10 8 3".
waves <- function(spec) lapply(strsplit(spec, " / ")[[1]], function(w) scan(text = w, quiet = TRUE))
long <- function(spec) {
  ws <- waves(spec)
  d <- do.call(rbind, lapply(seq_along(ws), function(i) data.frame(w = i - 1, y = 1:5, n = ws[[i]])))
  d[d$n > 0, ]
}
trends <- c("4 8 10 6 2 / 3 6 10 8 3 / 2 4 9 10 5", "10 12 8 3 1 / 8 12 9 4 1 / 6 10 11 6 2 / 4 8 12 9 4",
            "0 2 5 8 6 / 0 3 7 6 4 / 0 5 8 5 2", "1 3 9 3 1 / 1 2 10 3 1 / 0 4 8 4 1 / 1 3 9 3 2",
            "0 0 3 9 8 / 0 1 6 9 4 / 1 4 9 5 1 / 3 8 6 3 0")

section("ProportionalOddsTrendTest: waves | beta | se | lr | p")
for (t in trends) {
  row(t, sprintf(paste0("d <- long(\"%s\"); d$y <- droplevels(factor(d$y, levels = 1:5)); ",
    "tight <- list(reltol = 1e-14, maxit = 1000); m1 <- MASS::polr(y ~ w, data = d, weights = n, Hess = TRUE, control = tight); m0 <- MASS::polr(y ~ 1, data = d, weights = n, control = tight); ",
    "lr <- as.numeric(2 * (logLik(m1) - logLik(m0))); c(coef(m1)[[\"w\"]], sqrt(diag(vcov(m1)))[[\"w\"]], lr, pchisq(lr, 1, lower.tail = FALSE))"), t))
}
row("5 0 0 7 0 / 3 0 0 9 0", paste0("d <- long(\"5 0 0 7 0 / 3 0 0 9 0\"); m <- glm(I(y == 4) ~ w, binomial, data = d, weights = n); ",
  "lr <- m$null.deviance - m$deviance; c(coef(m)[[\"w\"]], sqrt(diag(vcov(m)))[[\"w\"]], lr, pchisq(lr, 1, lower.tail = FALSE))"))

section("LinearTrendTest: waves | change | lo | hi")
for (t in trends) {
  row(t, sprintf("d <- long(\"%s\"); x <- rep(d$w, d$n); y <- rep(d$y, d$n); W <- %d; m <- lm(y ~ x); c(coef(m)[2], confint(m)[2, ]) * (W - 1)",
    t, length(waves(t))))
}

section("MeanDifferenceTest: first | second | difference | lo | hi | p")
for (p in list(c("12 30 41 25 7", "20 35 38 20 2"), c("0 0 1 2 0", "0 1 5 9 6"), c("4 8 10 6 2", "2 4 9 10 5"))) {
  row(paste(p[1], p[2], sep = " | "), sprintf(
    "x <- %s; y <- %s; c(mean(y) - mean(x), t.test(y, x)$conf.int, wilcox.test(x, y, exact = FALSE, correct = TRUE)$p.value)",
    expand(1, p[1]), expand(1, p[2])))
}

section("RelativeImportanceTest: LMG shares of the index over 4 questions, 60 answers (the test's rows)")
lmgData <- function() {
  i <- 0:59
  x1 <- 1 + (i %% 5); x2 <- 1 + ((i * 7 + i %/% 5) %% 5); x3 <- 1 + ((x1 + x2 + i %% 3) %% 5); x4 <- 1 + ((2 * x1 + i %/% 7) %% 5)
  data.frame(x1, x2, x3, x4, y = 0.25 * x1 - 0.25 * x2 + 0.5 * x3 + 0.25 * x4)
}
lmg <- function(d, p) {
  r2 <- function(s) if (length(s) == 0) 0 else summary(lm(reformulate(paste0("x", s), "y"), data = d))$r.squared
  sapply(1:p, function(j) {
    others <- setdiff(1:p, j); total <- 0
    for (k in 0:length(others)) {
      sets <- if (k == 0) list(integer(0)) else combn(others, k, simplify = FALSE)
      for (s in sets) total <- total + factorial(k) * factorial(p - k - 1) / factorial(p) * (r2(c(s, j)) - r2(s))
    }
    total
  })
}
row("lmg", "lmg(lmgData(), 4)")
row("r2 of x1 and x3", "summary(lm(y ~ x1 + x3, data = lmgData()))$r.squared")
