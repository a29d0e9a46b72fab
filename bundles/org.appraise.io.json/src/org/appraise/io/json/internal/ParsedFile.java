package org.appraise.io.json.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * A file of the folder read and parsed, or why it could not be: reading and parsing apart from judging the document,
 * recording its problems and protecting it, which the loader does.
 *
 * @param content the bytes, or null when the file could not be read
 * @param doc the parsed document, or null with the failure and its position
 */
record ParsedFile(String name, byte[] content, JsonNode doc, String position, String failure) {

    static final String MISSING = "missing";

    static ParsedFile read(Path root, String name, JsonCodec codec) {
        byte[] content;
        try {
            content = Files.readAllBytes(root.resolve(name));
        } catch (NoSuchFileException e) {
            return new ParsedFile(name, null, null, "", MISSING);
        } catch (IOException e) {
            return new ParsedFile(name, null, null, "", "cannot be read: " + e.getMessage());
        }
        try {
            return new ParsedFile(name, content, codec.parse(content), "", null);
        } catch (JsonCodec.NotUtf8 e) {
            return new ParsedFile(name, content, null, e.position(), e.getMessage());
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String position = at == null ? "" : "line " + at.getLineNr() + ", column " + at.getColumnNr();
            return new ParsedFile(name, content, null, position, "is not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            return new ParsedFile(name, content, null, "", "cannot be read: " + e.getMessage());
        }
    }
}
