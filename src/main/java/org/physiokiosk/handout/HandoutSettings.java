package org.physiokiosk.handout;

/** What the clinic prints on every handout: its name and one contact line (address, phone). */
public record HandoutSettings(String clinicName, String contactLine) {}
