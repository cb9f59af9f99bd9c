package org.contacttimeline.source;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import org.hibernate.envers.Audited;

import org.contacttimeline.editing.EditableEntity;
import org.contacttimeline.editing.Slugs;

/**
 * A published text (article, statement, report) that citations quote from.
 */
@Entity
@Audited
public class Source extends EditableEntity {

	private String publisher;

	private String headline;

	private String author;

	private LocalDate publishedOn;

	private String url;

	protected Source() {
	}

	public Source(String slug, String publisher) {
		super(slug);
		this.publisher = publisher;
	}

	/** The slug a source is given when none is asked for: of its publisher and headline. */
	static String slugOf(String publisher, String headline) {
		return Slugs.of(publisher + (headline != null ? " " + headline : ""), "source");
	}

	/**
	 * Replaces what is known about the publication; every argument but {@code publisher} may be {@code null}.
	 */
	public void describe(String publisher, String headline, String author, LocalDate publishedOn, String url) {
		this.publisher = publisher;
		this.headline = headline;
		this.author = author;
		this.publishedOn = publishedOn;
		this.url = url;
	}

	public String getPublisher() {
		return this.publisher;
	}

	public String getHeadline() {
		return this.headline;
	}

	public String getAuthor() {
		return this.author;
	}

	public LocalDate getPublishedOn() {
		return this.publishedOn;
	}

	public String getUrl() {
		return this.url;
	}

}
