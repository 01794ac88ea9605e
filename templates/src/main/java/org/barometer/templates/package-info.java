package org.barometer.templates;
