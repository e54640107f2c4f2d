-- wrk script: each request is a complete sign-in POST with a valid CSRF cookie and token, for
-- one of several accounts in turn (real sign-ins are spread over many accounts, not one).
-- BENCH_BODIES (one form body a line) and BENCH_COOKIE are set by signin.sh.
local bodies = {}
for line in string.gmatch(os.getenv("BENCH_BODIES"), "[^\n]+") do
  table.insert(bodies, line)
end
local next_body = 0

wrk.method = "POST"
wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
wrk.headers["Cookie"] = os.getenv("BENCH_COOKIE")
-- Sign-ins come from browsers, and most from one that signed in before: the same User-Agent each time.
wrk.headers["User-Agent"] = "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0"

request = function()
  next_body = next_body % #bodies + 1
  return wrk.format(nil, nil, nil, bodies[next_body])
end

done = function(summary, latency, requests)
  io.write(string.format("p50=%.1fms p99=%.1fms\n", latency:percentile(50) / 1000, latency:percentile(99) / 1000))
end
