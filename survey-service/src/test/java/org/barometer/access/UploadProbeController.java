package org.barometer.access;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.env.Environment;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;

/**
 * Test-only form upload (the staff CSV upload page lives on another branch): shows that the CSRF
 * filter reads the token from a multipart body and still hands the whole file to the controller.
 */
@Requires(env = Environment.TEST)
@Controller("/hr/test-upload")
@Secured({Roles.ADMIN, Roles.HR})
class UploadProbeController {

    @Post
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.TEXT_PLAIN)
    String upload(@Part("file") byte[] file) {
        return "received " + file.length + " bytes";
    }
}
