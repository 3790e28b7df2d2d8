package dev.careeradvisor.web;

import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/** Makes Spring MVC's own errors (a missing parameter, a wrong method) problem details too. */
@RestControllerAdvice
class ApiExceptionHandler extends ResponseEntityExceptionHandler {
}
