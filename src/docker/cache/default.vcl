vcl 4.1;

# Varnish in front of the service instances of the compose file's scale profile. The built-in VCL, which runs after
# these subroutines, does what the service asks: it caches a GET or HEAD answer only as long as its Cache-Control
# allows (s-maxage, max-age; never no-cache, no-store or private), keeps one copy per variant its Vary names, passes
# every request with credentials (Authorization) or a cookie, and every write, straight to an instance.

import directors;

probe ready {
	.url = "/actuator/health/readiness";
	.interval = 5s;
	.timeout = 2s;
	.window = 3;
	.threshold = 2;
}

backend app_1 {
	.host = "app-1";
	.port = "8080";
	.probe = ready;
}

backend app_2 {
	.host = "app-2";
	.port = "8080";
	.probe = ready;
}

sub vcl_init {
	new instances = directors.round_robin();
	instances.add_backend(app_1);
	instances.add_backend(app_2);
}

sub vcl_recv {
	set req.backend_hint = instances.backend();
}

sub vcl_backend_response {
	# an answer past its freshness is kept an hour more, to be revalidated with its ETag (If-None-Match: a 304
	# from the service) instead of being fetched whole again
	set beresp.keep = 1h;
}
