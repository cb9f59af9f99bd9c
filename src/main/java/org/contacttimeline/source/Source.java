package org.contacttimeline.source;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;

import org.contacttimeline.editing.Editable;

/**
 * A published text (article, statement, report) that citations quote from.
 */
@Entity
@Audited
public class Source implements Editable {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String slug;

	private String publisher;

	private String headline;

	private String author;

	private LocalDate publishedOn;

	private String url;

	@Version
	private long version;

	protected Source() {
	}

	public Source(String slug, String publisher) {
		this.slug = slug;
		this.publisher = publisher;
	}

	/** Gives the source another slug (checked for uniqueness by the caller and the database). */
	@Override
	public void reslug(String slug) {
		this.slug = slug;
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

	public Long getId() {
		return this.id;
	}

	@Override
	public String getSlug() {
		return this.slug;
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

	@Override
	public long getVersion() {
		return this.version;
	}

}
