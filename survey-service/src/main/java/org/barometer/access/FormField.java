package org.barometer.access;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.netty.buffer.Unpooled;
import io.netty.handler.codec.http.DefaultFullHttpRequest;
import io.netty.handler.codec.http.FullHttpRequest;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.multipart.Attribute;
import io.netty.handler.codec.http.multipart.DefaultHttpDataFactory;
import io.netty.handler.codec.http.multipart.HttpPostRequestDecoder;
import io.netty.handler.codec.http.multipart.InterfaceHttpData;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** One field of a url-encoded or multipart form body, read with Netty's own form decoder. */
final class FormField {

    private FormField() {
    }

    static String read(HttpRequest<?> request, byte[] body, String name) {
        FullHttpRequest copy = new DefaultFullHttpRequest(HttpVersion.HTTP_1_1, HttpMethod.POST, "/",
                Unpooled.wrappedBuffer(body));
        copy.headers().set(HttpHeaders.CONTENT_TYPE, request.getHeaders().get(HttpHeaders.CONTENT_TYPE));
        HttpPostRequestDecoder decoder = new HttpPostRequestDecoder(new DefaultHttpDataFactory(false), copy, StandardCharsets.UTF_8);
        try {
            InterfaceHttpData data = decoder.getBodyHttpData(name);
            return data instanceof Attribute attribute ? attribute.getValue() : null;
        } catch (IOException | RuntimeException unreadable) {
            return null;
        } finally {
            decoder.destroy();
            copy.release();
        }
    }
}
