package dev.custodian.communication;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a {@link Category} as its id, in every entity that has one. */
@Converter(autoApply = true)
public class CategoryConverter implements AttributeConverter<Category, String> {

    @Override
    public String convertToDatabaseColumn(Category category) {
        return category == null ? null : category.id();
    }

    @Override
    public Category convertToEntityAttribute(String id) {
        return id == null ? null : new Category(id);
    }
}
