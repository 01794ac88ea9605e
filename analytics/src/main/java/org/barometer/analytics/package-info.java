package org.barometer.analytics;
