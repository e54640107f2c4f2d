-- One-click unsubscribe POSTs as a mailbox provider sends them (RFC 8058): no cookie, a form body.
-- Each wrk thread takes its own share of the paths in BENCH_PATHS, in turn, so every request
-- until the list runs out unsubscribes a different account.
local threads = 0
function setup(thread)
  thread:set("index", threads)
  threads = threads + 1
end

local paths = {}
local next_path = 1

function init(args)
  local count = tonumber(os.getenv("BENCH_THREADS"))
  local n = 0
  for line in io.lines(os.getenv("BENCH_PATHS")) do
    if n % count == index then
      paths[#paths + 1] = line
    end
    n = n + 1
  end
  wrk.method = "POST"
  wrk.body = "List-Unsubscribe=One-Click"
  wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
end

function request()
  local path = paths[next_path]
  next_path = next_path % #paths + 1
  return wrk.format(nil, path)
end
