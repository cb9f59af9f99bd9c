package org.contacttimeline.candidate;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import jakarta.servlet.http.HttpServletRequest;
import org.contacttimeline.country.CountryCodes;
import org.contacttimeline.db.Deadline;
import org.contacttimeline.web.ListParameter;
import org.contacttimeline.web.ListParameters;
import org.contacttimeline.web.Problems;
import org.contacttimeline.web.QueryParameters;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Imports of files of machine-coded events as candidate contacts (editor only): the file as the request body, or as
 * the {@code file} field of a form; the countries whose contacts to keep as {@code country}.
 */
@RestController
@RequestMapping(ImportController.PATH)
class ImportController {

	static final String PATH = "/api/v1/imports";

	static final ListParameter<List<String>> COUNTRY = CountryCodes.repeatable("country",
			"Required, repeatable: the countries whose contacts to keep; with two or more, the contacts between any two of "
					+ "them, with one, its contacts with any other country",
			"KP");

	/** The parameters of an import. */
	enum ImportList implements ListParameters {

		IMPORT;

		@Override
		public List<ListParameter<?>> parameters() {
			return List.of(COUNTRY);
		}

	}

	private final CandidateImporter importer;

	private final Imports imports;

	private final Deadline.Clock deadlines;

	ImportController(CandidateImporter importer, Imports imports, Deadline.Clock deadlines) {
		this.deadlines = deadlines;
		this.importer = importer;
		this.imports = imports;
	}

	@PostMapping
	@Operation(operationId = "importEvents", tags = "Candidates", security = @SecurityRequirement(name = "editor"), summary = "Import a file of events as candidate contacts (editor only): a GDELT 2.0 events export "
			+ "(*.export.CSV.zip as published, or unzipped) or POLECAT/PLOVER JSON lines, as the request body (any "
			+ "Content-Type but a form's, e.g. application/zip or application/octet-stream)",
			description = "The same file may also be sent as the 'file' field of multipart/form-data (curl -F file=@...).",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, description = "The file of events",
					content = @Content(mediaType = "application/octet-stream", schema = @Schema(type = "string", format = "binary"))))
	@ListParameters.Documented(of = ImportList.class, list = "IMPORT")
	@ApiResponse(responseCode = "201", description = "Imported: the report counts the lines, the events kept, the groups made, and names the first malformed lines")
	@ApiResponse(responseCode = "200", description = "This file was imported before with these countries: nothing was added; the earlier import's report")
	ResponseEntity<ImportResponse> importBody(HttpServletRequest request) throws IOException {
		// a form's body would be read as its parameters (curl --data-binary sends one unless told otherwise)
		if (request.getContentType() != null && request.getContentType().toLowerCase(java.util.Locale.ROOT)
			.startsWith(MediaType.APPLICATION_FORM_URLENCODED_VALUE)) {
			throw new ResponseStatusException(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "A file of events is sent as the request "
					+ "body with the type of the file (Content-Type: application/zip, text/tab-separated-values, "
					+ "application/x-ndjson or application/octet-stream), or as the 'file' field of multipart/form-data; "
					+ "not as application/x-www-form-urlencoded (curl: add -H 'Content-Type: application/octet-stream').");
		}
		List<String> wanted = countries(parameters(request));
		String disposition = request.getHeader(HttpHeaders.CONTENT_DISPOSITION);
		String name = null;
		if (disposition != null) {
			try {
				name = ContentDisposition.parse(disposition).getFilename();
			}
			catch (IllegalArgumentException ex) {
				// no file name then
			}
		}
		try (InputStream body = request.getInputStream()) {
			return answer(this.importer.run(body, fileName(name), wanted, editor(), (progress) -> { },
					this.deadlines::start));
		}
	}

	@PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	// in the API document as the 'file' field accepted by importEvents: one operation per path and method
	@Operation(hidden = true)
	@ListParameters.Documented(of = ImportList.class, list = "IMPORT")
	@ApiResponse(responseCode = "201", description = "Imported, with its report")
	@ApiResponse(responseCode = "200", description = "This file was imported before with these countries: nothing was added")
	ResponseEntity<ImportResponse> importForm(@RequestPart("file") MultipartFile file,
			@Parameter(hidden = true) @RequestParam MultiValueMap<String, String> parameters) throws IOException {
		List<String> wanted = countries(parameters);
		try (InputStream body = file.getInputStream()) {
			return answer(this.importer.run(body, fileName(file.getOriginalFilename()), wanted, editor(), (progress) -> { },
					this.deadlines::start));
		}
	}

	@GetMapping(path = "/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(operationId = "getImport", tags = "Candidates", security = @SecurityRequirement(name = "editor"), summary = "An import and its report (editor only)")
	@SecurityRequirement(name = "editor")
	@ApiResponse(responseCode = "200", description = "The import")
	@ApiResponse(responseCode = "401", description = "Imports are read by editors only", content = @Content(
			mediaType = "application/problem+json", schema = @Schema(ref = "#/components/schemas/Problem")))
	ImportResponse one(@Parameter(example = "1") @PathVariable String id) {
		return (id.matches("[0-9]{1,18}") ? this.imports.find(Long.parseLong(id)) : java.util.Optional.<ImportResponse>empty())
			.orElseThrow(() -> Problems.notFound("import", "id", id));
	}

	private static MultiValueMap<String, String> parameters(HttpServletRequest request) {
		MultiValueMap<String, String> parameters = new LinkedMultiValueMap<>();
		request.getParameterMap().forEach((name, values) -> parameters.put(name, List.of(values)));
		return parameters;
	}

	private List<String> countries(MultiValueMap<String, String> parameters) {
		QueryParameters query = new QueryParameters(parameters, null, ImportList.IMPORT.parameters());
		List<String> wanted = query.read(COUNTRY);
		if (wanted.isEmpty() && !parameters.containsKey("country")) {
			query.reject("country", "is required: the countries whose contacts to keep, e.g. country=KP&country=RU", null);
		}
		query.validate();
		return wanted;
	}

	private static ResponseEntity<ImportResponse> answer(ImportResponse response) {
		URI location = ServletUriComponentsBuilder.fromCurrentContextPath().path(PATH + "/{id}").buildAndExpand(response.id()).toUri();
		return (response.alreadyImported() ? ResponseEntity.ok() : ResponseEntity.created(location))
			.location(location)
			.body(response);
	}

	private static String fileName(String given) {
		if (given == null || given.isBlank()) {
			return "request body";
		}
		String name = given.replaceAll("[\\p{Cntrl}]", "").strip();
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		return name.isEmpty() ? "request body" : name.length() > 200 ? name.substring(0, 200) : name;
	}

	static String editor() {
		var authentication = SecurityContextHolder.getContext().getAuthentication();
		return (authentication != null) ? authentication.getName() : "unknown";
	}

}
