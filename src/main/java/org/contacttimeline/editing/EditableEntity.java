package org.contacttimeline.editing;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;

/**
 * The identity every {@link Editable} entity maps the same way: a generated id, the slug editors find it by, and the
 * version a write must name ({@code id}, {@code slug} and {@code version} columns of the subclass's table).
 */
@MappedSuperclass
@Audited
public abstract class EditableEntity implements Editable {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String slug;

	@Version
	private long version;

	protected EditableEntity() {
	}

	protected EditableEntity(String slug) {
		this.slug = slug;
	}

	@Override
	public void reslug(String slug) {
		this.slug = slug;
	}

	public Long getId() {
		return this.id;
	}

	@Override
	public String getSlug() {
		return this.slug;
	}

	@Override
	public long getVersion() {
		return this.version;
	}

}
