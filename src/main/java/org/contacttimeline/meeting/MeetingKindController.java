package org.contacttimeline.meeting;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import org.contacttimeline.contact.MeetingKinds;
import org.contacttimeline.contact.MeetingResponse;
import org.contacttimeline.web.Page;
import org.contacttimeline.web.QueryParameters;

import org.springframework.http.MediaType;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class MeetingKindController {

	private final MeetingKinds kinds;

	MeetingKindController(MeetingKinds kinds) {
		this.kinds = kinds;
	}

	@GetMapping(path = "/api/v1/kinds", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(operationId = "listMeetingKinds", tags = "Meetings", summary = "The CAMEO event codes a meeting can be classified by, with their labels",
			description = "A meeting's kind is written as the code (\"040\") or {\"code\": \"040\"}.")
	Page<MeetingResponse.Kind> kinds(@Parameter(hidden = true) @RequestParam MultiValueMap<String, String> parameters) {
		new QueryParameters(parameters, null, java.util.List.of()).validate();
		return new Page<>(this.kinds.all(), null);
	}

}
