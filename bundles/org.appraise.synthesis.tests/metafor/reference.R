# Writes metafor's results on the data sets Appraise's synthesis tests compare with, as two tab-separated files:
#   inputs.tsv   set, kind, study, and the study's data (metafor's column names)
#   results.tsv.gz  set, rule, measure, method, test, key, value (13 significant digits)
# Run from the repository root:  Rscript bundles/org.appraise.synthesis.tests/metafor/reference.R [out-dir]
# The fixtures it writes are committed, so that the always-on tests have them without R. MetaforOracleTest runs this
# script again when Rscript and metafor are installed and compares the Java engine with what it writes then.
# Iterative estimators (REML, Paule-Mandel, the Q-profile bounds) are converged to 1e-12, far below metafor's
# defaults, so that the reference is the exact solution; the engine converges as tightly.
suppressPackageStartupMessages(library(metafor))
args <- commandArgs(trailingOnly = TRUE)
out <- if (length(args) > 0) args[1] else "bundles/org.appraise.synthesis.tests/fixtures/metafor"
dir.create(out, recursive = TRUE, showWarnings = FALSE)
set.seed(20261202)
ctl <- list(threshold = 1e-12, maxiter = 10000, tol = 1e-12)
ctl.default <- ctl
num <- function(x) ifelse(is.na(x) | is.nan(x), "NA", sprintf("%.13g", x))

inputs <- list(); results <- list()
add_input <- function(set, kind, d) {
  d <- as.data.frame(d)
  rows <- apply(d, 1, function(r) paste(num(as.numeric(r)), collapse = "\t"))
  inputs[[length(inputs) + 1]] <<- paste(set, kind, seq_len(nrow(d)), rows, sep = "\t")
}
put <- function(set, rule, measure, method, test, key, value) {
  results[[length(results) + 1]] <<- paste(set, rule, measure, method, test, key, num(value), sep = "\t")
}

sensitivity <- function(set) !grepl("^random-", set) || as.integer(sub(".*-", "", set)) <= 40

record <- function(set, rule, measure, method, test, res, k.all) {
  method <- method
  p <- function(key, value) put(set, rule, measure, method, test, key, value)
  p("estimate", as.numeric(res$b)); p("se", res$se); p("lower", res$ci.lb); p("upper", res$ci.ub)
  p("statistic", res$zval); p("p", res$pval); p("q", res$QE); p("q_p", res$QEp)
  p("i2", res$I2); p("h2", res$H2); p("tau2", if (is.null(res$tau2)) 0 else res$tau2)
  w <- tryCatch(weights(res), error = function(e) rep(NA, k.all))
  yi <- if (!is.null(res$yi.f)) res$yi.f else res$yi
  vi <- if (!is.null(res$vi.f)) res$vi.f else res$vi
  # a study's own estimate does not depend on the pooling method: written once per measure, with the fixed-effect fits
  if (method %in% c("FE", "MH", "PETO")) for (i in seq_along(yi)) { p(paste0("yi.", i), yi[i]); p(paste0("vi.", i), vi[i]) }
  wf <- if (length(w) == length(yi)) w else { x <- rep(NA, length(yi)); x[!is.na(yi)] <- w; x }
  for (i in seq_along(wf)) p(paste0("weight.", i), wf[i])
  # leave-one-out and Egger's test on the first 40 random sets of each kind and the corner cases
  if (sensitivity(set) && res$k > 2 && method %in% c("FE", "REML", "MH", "PETO")) {
    l <- tryCatch(suppressWarnings(leave1out(res)), error = function(e) NULL)
    if (!is.null(l)) for (i in seq_along(l$estimate)) {
      for (key in c("estimate", "se", "pval", "ci.lb", "ci.ub", "Q", "tau2", "I2")) {
        v <- l[[key]][i]; p(paste0("loo.", i, ".", key), if (is.null(v)) NA else v)
      }
    }
    if (inherits(res, "rma.uni") && res$k > 2) {
      e <- tryCatch(regtest(res, model = "lm"), error = function(e) NULL)
      if (!is.null(e) && sum(residuals(e$fit)^2) < 1e-20) e <- NULL # a perfect fit: lm's t is rounding noise
      if (!is.null(e)) { p("egger.t", e$zval); p("egger.p", e$pval); p("egger.df", e$dfs)
        if (!is.null(e$est)) { p("egger.limit", e$est); p("egger.limit_lower", e$ci.lb); p("egger.limit_upper", e$ci.ub) } }
    }
  }
  if (inherits(res, "rma.uni") && !(res$method %in% c("FE", "EE")) && res$k > 1) {
    pr <- predict(res); p("pi_lower", pr$pi.lb); p("pi_upper", pr$pi.ub)
    ci <- tryCatch(confint(res, control = list(tol = 1e-12))$random, error = function(e) NULL)
    if (!is.null(ci)) {
      p("tau2_lower", ci["tau^2", "ci.lb"]); p("tau2_upper", ci["tau^2", "ci.ub"])
      p("i2_lower", ci["I^2(%)", "ci.lb"]); p("i2_upper", ci["I^2(%)", "ci.ub"])
      p("h2_lower", ci["H^2", "ci.lb"]); p("h2_upper", ci["H^2", "ci.ub"])
    }
  }
}

safely <- function(set, rule, measure, method, test, f, k.all) {
  res <- tryCatch(suppressWarnings(f()), error = function(e) e)
  # metafor's remedy when Fisher scoring oscillates (help(rma)): half steps; the engine does the same
  if (inherits(res, "error") && method == "REML") {
    ctl <<- modifyList(ctl, list(stepadj = 0.5)); res <- tryCatch(suppressWarnings(f()), error = function(e) e); ctl <<- ctl.default
  }
  if (inherits(res, "error")) put(set, rule, measure, method, test, "error", NA) else record(set, rule, measure, method, test, res, k.all)
}

run_dichotomous <- function(set, d) {
  add_input(set, "dichotomous", d[, c("ai", "n1i", "ci", "n2i")])
  for (measure in c("OR", "RR", "RD")) {
    for (method in c("FE", "DL", "REML", "PM")) for (test in c("z", "knha")) {
      if (method == "FE" && test == "knha") next
      safely(set, "metafor", measure, method, test, function() rma.uni(ai = d$ai, n1i = d$n1i, ci = d$ci, n2i = d$n2i, measure = measure,
             method = method, test = test, control = ctl), nrow(d))
      # RevMan 5: 1/2 in every cell of a study with a zero cell; no OR or RR for a study without events (or all events) in both arms
      r <- revman(d, measure)
      if (nrow(r) > 0) safely(set, "revman", measure, method, test, function() rma.uni(ai = r$ai, n1i = r$n1i, ci = r$ci, n2i = r$n2i,
             measure = measure, method = method, test = test, add = 0, to = "none", control = ctl), nrow(r))
    }
    safely(set, "metafor", measure, "MH", "z", function() rma.mh(ai = d$ai, n1i = d$n1i, ci = d$ci, n2i = d$n2i, measure = measure), nrow(d))
    r <- revman(d, measure)
    if (nrow(r) > 0) safely(set, "revman", measure, "MH", "z", function() rma.mh(ai = r$ai, n1i = r$n1i, ci = r$ci, n2i = r$n2i,
           measure = measure, add = c(0, 0), to = c("none", "none"), drop00 = c(FALSE, FALSE)), nrow(r))
  }
  safely(set, "metafor", "OR", "PETO", "z", function() rma.peto(ai = d$ai, n1i = d$n1i, ci = d$ci, n2i = d$n2i), nrow(d))
}

revman <- function(d, measure) {
  keep <- if (measure == "RD") rep(TRUE, nrow(d)) else !((d$ai == 0 & d$ci == 0) | (d$ai == d$n1i & d$ci == d$n2i))
  r <- d[keep, , drop = FALSE]
  z <- r$ai == 0 | r$ci == 0 | r$ai == r$n1i | r$ci == r$n2i
  r$ai[z] <- r$ai[z] + 0.5; r$ci[z] <- r$ci[z] + 0.5; r$n1i[z] <- r$n1i[z] + 1; r$n2i[z] <- r$n2i[z] + 1
  r
}

run_continuous <- function(set, d) {
  add_input(set, "continuous", d[, c("m1i", "sd1i", "n1i", "m2i", "sd2i", "n2i")])
  for (measure in c("MD", "SMD")) for (method in c("FE", "DL", "REML", "PM")) for (test in c("z", "knha")) {
    if (method == "FE" && test == "knha") next
    safely(set, "metafor", measure, method, test, function() rma.uni(m1i = d$m1i, sd1i = d$sd1i, n1i = d$n1i, m2i = d$m2i, sd2i = d$sd2i,
           n2i = d$n2i, measure = measure, method = method, test = test, control = ctl), nrow(d))
  }
}

run_generic <- function(set, d) {
  add_input(set, "generic", d[, c("yi", "sei")])
  for (method in c("FE", "DL", "REML", "PM")) for (test in c("z", "knha")) {
    if (method == "FE" && test == "knha") next
    safely(set, "metafor", "GIV", method, test, function() rma.uni(yi = d$yi, sei = d$sei, method = method, test = test, control = ctl), nrow(d))
  }
}

random_dichotomous <- function(k, tau, p0, zeros = FALSE) {
  n1 <- sample(8:300, k, replace = TRUE); n2 <- sample(8:300, k, replace = TRUE)
  lor <- rnorm(k, rnorm(1, 0, 0.5), tau)
  p1 <- plogis(qlogis(p0) + lor)
  d <- data.frame(ai = rbinom(k, n1, p1), n1i = n1, ci = rbinom(k, n2, p0), n2i = n2)
  if (zeros) { d$ai[1] <- 0; if (k > 2) { d$ai[2] <- 0; d$ci[2] <- 0 } }
  d
}

# the corner cases the issue names
run_dichotomous("one-study", data.frame(ai = 12, n1i = 48, ci = 7, n2i = 50))
run_dichotomous("two-studies", data.frame(ai = c(12, 30), n1i = c(48, 120), ci = c(7, 41), n2i = c(50, 118)))
run_dichotomous("zero-cells", data.frame(ai = c(0, 3, 10, 0), n1i = c(25, 40, 60, 30), ci = c(4, 0, 12, 0), n2i = c(24, 41, 58, 31)))
run_dichotomous("all-events", data.frame(ai = c(20, 15, 9), n1i = c(20, 30, 20), ci = c(18, 12, 20), n2i = c(18, 31, 20)))
run_dichotomous("homogeneous", data.frame(ai = c(10, 20, 40), n1i = c(100, 200, 400), ci = c(20, 40, 80), n2i = c(100, 200, 400)))
run_dichotomous("large-heterogeneity", data.frame(ai = c(2, 40, 5, 60, 1), n1i = c(100, 100, 100, 100, 100), ci = c(30, 5, 45, 8, 50),
                n2i = c(100, 100, 100, 100, 100)))
run_continuous("continuous-two", data.frame(m1i = c(10.2, 8.9), sd1i = c(3.1, 2.7), n1i = c(40, 55), m2i = c(12.0, 9.5), sd2i = c(3.4, 2.9), n2i = c(38, 60)))
run_generic("hazard-ratios", data.frame(yi = log(c(0.64, 0.71, 0.92, 0.55)), sei = c(0.12, 0.2, 0.15, 0.31)))
run_generic("one-hazard-ratio", data.frame(yi = log(0.7), sei = 0.2))
run_generic("identical", data.frame(yi = c(0.3, 0.3, 0.3), sei = c(0.1, 0.2, 0.15)))

# random data sets, at least 200 per measure and method
for (i in 1:200) {
  k <- sample(c(2, 3, 4, 5, 6, 8, 10, 15, 25), 1)
  tau <- sample(c(0, 0.2, 0.6, 1.2), 1)
  run_dichotomous(sprintf("random-dichotomous-%03d", i), random_dichotomous(k, tau, runif(1, 0.03, 0.6), zeros = i %% 10 == 0))
  n1 <- sample(5:200, k, replace = TRUE); n2 <- sample(5:200, k, replace = TRUE)
  delta <- rnorm(k, rnorm(1, 0, 1), tau)
  s1 <- runif(k, 0.5, 3); s2 <- runif(k, 0.5, 3)
  run_continuous(sprintf("random-continuous-%03d", i), data.frame(m1i = rnorm(k, delta, s1 / sqrt(n1)) + 10, sd1i = s1, n1i = n1,
                 m2i = rnorm(k, 0, s2 / sqrt(n2)) + 10, sd2i = s2, n2i = n2))
  run_generic(sprintf("random-generic-%03d", i), data.frame(yi = rnorm(k, rnorm(1, 0, 0.5), tau + 0.05), sei = runif(k, 0.05, 0.8)))
}

writeLines(c(paste("metafor", as.character(packageVersion("metafor")), sep = "\t"), unlist(inputs)), file.path(out, "inputs.tsv"))
con <- gzfile(file.path(out, "results.tsv.gz"), "w"); writeLines(unlist(results), con); close(con)
cat("wrote", length(unlist(results)), "values for", length(inputs), "data sets with metafor", as.character(packageVersion("metafor")), "\n")
