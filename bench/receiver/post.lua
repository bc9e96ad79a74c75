-- wrk script: POSTs a valid roaming CloudEvent with a unique id (thread number + counter) and a bearer token.
local counter = 0
local threads = 0

function setup(thread)
   thread:set("tid", threads)
   threads = threads + 1
end

function init(args)
   prefix = (os.getenv("ROAMDESK_BENCH_PREFIX") or "w") .. tostring(tid) .. "-" .. tostring(os.time()) .. "-"
   token = os.getenv("ROAMDESK_BENCH_TOKEN") or "bench-token"
end

function request()
   counter = counter + 1
   local body = '{"id":"' .. prefix .. counter .. '","source":"https://notifications.example.net",' ..
      '"specversion":"1.0","datacontenttype":"application/json",' ..
      '"type":"org.camaraproject.device-roaming-status-subscriptions.v0.roaming-change-country",' ..
      '"time":"2024-03-01T08:15:00.125Z","data":{"device":{"phoneNumber":"+33612345678"},' ..
      '"countryCode":262,"countryName":["DE"],"subscriptionId":"sub-bench"}}'
   return wrk.format("POST", nil, {
      ["Content-Type"] = "application/cloudevents+json",
      ["Authorization"] = "Bearer " .. token,
   }, body)
end
