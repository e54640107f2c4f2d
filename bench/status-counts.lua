-- Counts the answers by status, and the failures that come after the first success following a
-- failure ("after recovery"): once PostgreSQL is back, no request may fail on a stale connection.
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  statuses = {}
  failed = false
  recovered = false
  after_recovery = 0
end

function response(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
  if status ~= 200 then
    failed = true
    if recovered then after_recovery = after_recovery + 1 end
  elseif failed then
    recovered = true
  end
end

function done(summary, latency, requests)
  local total, late = {}, 0
  for _, thread in ipairs(threads) do
    for status, count in pairs(thread:get("statuses")) do
      total[status] = (total[status] or 0) + count
    end
    late = late + thread:get("after_recovery")
  end
  for status, count in pairs(total) do
    io.write(string.format("status %d: %d\n", status, count))
  end
  io.write(string.format("failures after the first success following the outage: %d\n", late))
end
