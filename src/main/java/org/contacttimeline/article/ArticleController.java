package org.contacttimeline.article;

import java.net.URI;
import java.time.LocalDate;
import java.util.Optional;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import org.contacttimeline.web.InvalidRequestException;
import org.contacttimeline.web.Problems;
import org.contacttimeline.editing.Writes;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Articles, for editors only (reads too, as candidates): post one, JSON or its plain text with the rest as
 * parameters, to have the contacts it reports proposed for review; read one with its proposals.
 */
@RestController
@RequestMapping("/api/v1/articles")
@SecurityRequirement(name = "editor")
class ArticleController {

	private final Articles articles;

	private final Writes writes;

	private final Validator validator;

	ArticleController(Articles articles, Writes writes, Validator validator) {
		this.articles = articles;
		this.writes = writes;
		this.validator = validator;
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(operationId = "postArticle", tags = "Articles", security = @SecurityRequirement(name = "editor"),
			summary = "Post an article (editor only): the contacts its text reports are proposed, each field with its "
					+ "quote, in the candidates' review queue; the same text again adds nothing (200)")
	@ApiResponse(responseCode = "201", description = "Posted; Location names the article, the body lists its proposals")
	@ApiResponse(responseCode = "200", description = "The same text was posted before: that article, nothing added")
	@ApiResponse(responseCode = "400", description = "No text, no publisher or no publication date; a malformed URL",
			content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "#/components/schemas/Problem")))
	ResponseEntity<ArticleResponse> post(@Valid @RequestBody ArticleRequest request) {
		return answer(request);
	}

	@PostMapping(consumes = MediaType.TEXT_PLAIN_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(operationId = "postArticleText", tags = "Articles", security = @SecurityRequirement(name = "editor"),
			summary = "Post an article's plain text (editor only), its publisher, publication date and the rest as parameters")
	@ApiResponse(responseCode = "201", description = "Posted; Location names the article, the body lists its proposals")
	ResponseEntity<ArticleResponse> postText(@RequestBody(required = false) String text,
			@Parameter(example = "The Korea Times") @RequestParam(required = false) String publisher,
			@Parameter(example = "2019-03-17") @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate publishedOn,
			@Parameter(example = "N. Korea believed to be desperate to win Russia's support") @RequestParam(required = false) String headline,
			@Parameter(example = "Yi Whan-woo") @RequestParam(required = false) String author,
			@Parameter(example = "https://www.koreatimes.co.kr/") @RequestParam(required = false) String url) {
		ArticleRequest request = new ArticleRequest(text, publisher, headline, author, publishedOn, url);
		InvalidRequestException.check(this.validator.validate(request));
		return answer(request);
	}

	@GetMapping(path = "/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
	@Operation(operationId = "getArticle", tags = "Articles", security = @SecurityRequirement(name = "editor"),
			summary = "An article posted, with its proposals where they stand in review (editor only)")
	ResponseEntity<ArticleResponse> article(@Parameter(example = "1") @PathVariable String id) {
		return Optional.of(id).filter((value) -> value.matches("[0-9]{1,18}")).map(Long::parseLong)
			.flatMap((number) -> this.articles.read(number, false))
			.map(ResponseEntity::ok)
			.orElseThrow(() -> Problems.notFound("article", "id", id));
	}

	private ResponseEntity<ArticleResponse> answer(ArticleRequest request) {
		String editor = Optional.ofNullable(SecurityContextHolder.getContext().getAuthentication())
			.map((authentication) -> authentication.getName()).orElse("unknown");
		ArticleResponse article = this.writes.run(() -> this.articles.post(request, editor));
		if (article.alreadyPosted()) {
			return ResponseEntity.ok(article);
		}
		URI location = ServletUriComponentsBuilder.fromCurrentContextPath().path("/api/v1/articles/{id}")
			.buildAndExpand(article.id()).toUri();
		return ResponseEntity.status(HttpStatus.CREATED).location(location).body(article);
	}

}
