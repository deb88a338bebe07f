/** What every layer shares and that depends on nothing: the supported languages, the spelling of names. */
package org.physiokiosk.common;
